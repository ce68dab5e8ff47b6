package io.summitry.deploy;

import io.fabric8.kubernetes.api.model.ObjectMeta;

/** CloudNativePG's {@code ScheduledBackup} (postgresql.cnpg.io/v1), the fields deploy/ uses. */
record CnpgScheduledBackup(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    /** {@code ScheduledBackupSpec}. */
    record Spec(String schedule, Boolean immediate, String backupOwnerReference, String method, ClusterRef cluster) {
    }

    /** {@code LocalObjectReference}. */
    record ClusterRef(String name) {
    }
}
