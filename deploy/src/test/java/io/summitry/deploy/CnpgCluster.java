package io.summitry.deploy;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * The part of CloudNativePG's {@code Cluster} (postgresql.cnpg.io/v1) that deploy/ uses, field for field as in the
 * operator's API reference, so that an unknown or misspelt field fails validation instead of being ignored.
 */
record CnpgCluster(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    /** {@code ClusterSpec}. */
    record Spec(Integer instances, String imageName, String primaryUpdateStrategy, Bootstrap bootstrap,
            Storage storage, ResourceRequirements resources, Affinity affinity, Backup backup) {
    }

    /** {@code BootstrapConfiguration}. */
    record Bootstrap(InitDb initdb) {
    }

    /** {@code BootstrapInitDB}. */
    record InitDb(String database, String owner) {
    }

    /** {@code StorageConfiguration}. */
    record Storage(String size, String storageClass) {
    }

    /** {@code AffinityConfiguration}. */
    record Affinity(Boolean enablePodAntiAffinity, String topologyKey, String podAntiAffinityType) {
    }

    /** {@code BackupConfiguration}. */
    record Backup(String retentionPolicy, BarmanObjectStore barmanObjectStore) {
    }

    /** {@code BarmanObjectStoreConfiguration}. */
    record BarmanObjectStore(String destinationPath, String endpointURL, S3Credentials s3Credentials,
            Compression wal, Compression data) {
    }

    /** {@code S3Credentials}. */
    record S3Credentials(SecretKey accessKeyId, SecretKey secretAccessKey) {
    }

    /** {@code SecretKeySelector}. */
    record SecretKey(String name, String key) {
    }

    /** {@code WalBackupConfiguration} / {@code DataBackupConfiguration}, as far as used here. */
    record Compression(String compression) {
    }
}
