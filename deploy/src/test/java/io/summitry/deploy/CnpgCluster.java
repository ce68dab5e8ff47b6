package io.summitry.deploy;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * The part of CloudNativePG's {@code Cluster} (postgresql.cnpg.io/v1) that the tests read, field for field as in the
 * operator's API reference. The schema check itself is KubernetesModelsTest's, against the operator's CRD.
 */
record CnpgCluster(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    /** {@code ClusterSpec}. */
    record Spec(Integer instances, String imageName, String primaryUpdateStrategy, Postgresql postgresql,
            Bootstrap bootstrap, Managed managed, Storage storage, List<Plugin> plugins,
            List<ExternalCluster> externalClusters, ResourceRequirements resources, Affinity affinity) {
    }

    /** {@code PostgresConfiguration}, as far as used here. */
    record Postgresql(Map<String, String> parameters) {
    }

    /** {@code BootstrapConfiguration}. */
    record Bootstrap(InitDb initdb, Recovery recovery) {
    }

    /** {@code BootstrapInitDB}. */
    record InitDb(String database, String owner, List<String> postInitApplicationSQL) {
    }

    /** {@code BootstrapRecovery}. */
    record Recovery(String source, String database, String owner, RecoveryTarget recoveryTarget) {
    }

    /** {@code RecoveryTarget}, as far as used here. */
    record RecoveryTarget(String targetTime) {
    }

    /** {@code ManagedConfiguration}. */
    record Managed(List<Role> roles) {
    }

    /** {@code RoleConfiguration}, as far as used here. */
    record Role(String name, String ensure, Boolean login, Boolean inherit, Boolean superuser, Boolean createdb,
            Boolean createrole, List<String> inRoles, SecretRef passwordSecret) {
    }

    /** {@code LocalObjectReference}. */
    record SecretRef(String name) {
    }

    /** {@code StorageConfiguration}. */
    record Storage(String size, String storageClass) {
    }

    /** {@code PluginConfiguration}. */
    record Plugin(String name, Boolean enabled, Boolean isWALArchiver, Map<String, String> parameters) {
    }

    /** {@code ExternalCluster}, restored from through a plugin. */
    record ExternalCluster(String name, Plugin plugin) {
    }

    /** {@code AffinityConfiguration}. */
    record Affinity(Boolean enablePodAntiAffinity, String topologyKey, String podAntiAffinityType) {
    }
}
