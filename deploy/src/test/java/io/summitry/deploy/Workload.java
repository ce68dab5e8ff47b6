package io.summitry.deploy;

import java.util.ArrayList;
import java.util.List;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

/** A rendered object that runs pods, with its pod template; replicas is null where an autoscaler owns the count. */
record Workload(String kind, String name, Integer replicas, PodTemplateSpec template) {

    static List<Workload> of(Overlay overlay) {
        List<Workload> workloads = new ArrayList<>();
        for (Deployment d : overlay.all(Deployment.class)) {
            workloads.add(new Workload("Deployment", d.getMetadata().getName(), d.getSpec().getReplicas(),
                    d.getSpec().getTemplate()));
        }
        for (StatefulSet s : overlay.all(StatefulSet.class)) {
            workloads.add(new Workload("StatefulSet", s.getMetadata().getName(), s.getSpec().getReplicas(),
                    s.getSpec().getTemplate()));
        }
        return workloads;
    }

    static Workload named(Overlay overlay, String name) {
        return of(overlay).stream()
                .filter(w -> w.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " renders no workload " + name));
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
