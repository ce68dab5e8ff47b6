package io.summitry.deploy;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * The Barman Cloud Plugin's {@code ObjectStore} (barmancloud.cnpg.io/v1), field for field as in the plugin's API
 * reference: no package on the registries this project reaches publishes its CRD, so this strict record is its only
 * schema check (an unknown or misspelt field fails).
 */
record BarmanObjectStore(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    /** {@code ObjectStoreSpec}. */
    record Spec(String retentionPolicy, SidecarConfiguration instanceSidecarConfiguration,
            Configuration configuration) {
    }

    /** {@code InstanceSidecarConfiguration}, as far as used here. */
    record SidecarConfiguration(ResourceRequirements resources) {
    }

    /** {@code BarmanObjectStoreConfiguration}, as far as used here. */
    record Configuration(String destinationPath, String endpointURL, String serverName, S3Credentials s3Credentials,
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
