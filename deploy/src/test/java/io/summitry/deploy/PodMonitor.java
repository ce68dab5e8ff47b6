package io.summitry.deploy;

import java.util.List;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;

/** The Prometheus Operator's {@code PodMonitor} (monitoring.coreos.com/v1), the fields deploy/ uses. */
record PodMonitor(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    /** {@code PodMonitorSpec}. */
    record Spec(LabelSelector selector, List<Endpoint> podMetricsEndpoints) {
    }

    /** {@code PodMetricsEndpoint}. */
    record Endpoint(String port, String path) {
    }
}
