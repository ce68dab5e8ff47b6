package io.summitry.deploy;

import io.fabric8.kubernetes.api.model.ObjectMeta;

/** CloudNativePG's {@code ScheduledBackup} (postgresql.cnpg.io/v1), the fields the tests read. */
record CnpgScheduledBackup(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    /** {@code ScheduledBackupSpec}. */
    record Spec(String schedule, Boolean immediate, String backupOwnerReference, String method,
            PluginConfiguration pluginConfiguration, ClusterRef cluster) {
    }

    /** {@code BackupPluginConfiguration}. */
    record PluginConfiguration(String name) {
    }

    /** {@code LocalObjectReference}. */
    record ClusterRef(String name) {
    }
}
