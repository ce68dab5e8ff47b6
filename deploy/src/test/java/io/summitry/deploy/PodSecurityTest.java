package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;

/** Every pod both overlays run is non-root, read-only, unprivileged, seccomp-confined, sized and probed. */
class PodSecurityTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldRenderTheAppsAndTheirDatabase(Overlay overlay) {
        assertThat(Workload.of(overlay)).extracting(Workload::name)
                .contains("gateway", "people-service", "meetings-service");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldRunEveryPodAsNonRootWithSeccomp(Overlay overlay) {
        for (Workload workload : Workload.of(overlay)) {
            PodSpec pod = workload.template().getSpec();
            PodSecurityContext context = pod.getSecurityContext();
            assertThat(context).as("%s pod securityContext", workload).isNotNull();
            assertThat(context.getRunAsNonRoot()).as("%s runAsNonRoot", workload).isTrue();
            assertThat(context.getRunAsUser()).as("%s runAsUser", workload).isNotNull().isPositive();
            assertThat(context.getSeccompProfile()).as("%s seccompProfile", workload).isNotNull();
            assertThat(context.getSeccompProfile().getType()).as("%s seccompProfile", workload)
                    .isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).as("%s automountServiceAccountToken", workload).isFalse();
            assertThat(pod.getHostNetwork()).as("%s hostNetwork", workload).isNotEqualTo(Boolean.TRUE);
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldLockDownEveryContainer(Overlay overlay) {
        for (Workload workload : Workload.of(overlay)) {
            for (Container container : containers(workload)) {
                String what = workload + " container " + container.getName();
                SecurityContext context = container.getSecurityContext();
                assertThat(context).as("%s securityContext", what).isNotNull();
                assertThat(context.getAllowPrivilegeEscalation()).as("%s allowPrivilegeEscalation", what).isFalse();
                assertThat(context.getReadOnlyRootFilesystem()).as("%s readOnlyRootFilesystem", what).isTrue();
                assertThat(context.getPrivileged()).as("%s privileged", what).isNotEqualTo(Boolean.TRUE);
                assertThat(context.getCapabilities()).as("%s capabilities", what).isNotNull();
                assertThat(context.getCapabilities().getDrop()).as("%s capabilities.drop", what).contains("ALL");
                assertThat(Optional.ofNullable(context.getCapabilities().getAdd()).orElse(List.of()))
                        .as("%s capabilities.add", what).isEmpty();
                assertThat(context.getRunAsUser() == null || context.getRunAsUser() > 0)
                        .as("%s runAsUser not 0", what).isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldGiveEveryContainerAWritableTmpOnAnEmptyDir(Overlay overlay) {
        for (Workload workload : Workload.of(overlay)) {
            List<Volume> volumes = workload.template().getSpec().getVolumes();
            for (Container container : containers(workload)) {
                VolumeMount tmp = container.getVolumeMounts().stream()
                        .filter(mount -> mount.getMountPath().equals("/tmp"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(workload + " mounts nothing on /tmp"));
                assertThat(tmp.getReadOnly()).as("%s /tmp readOnly", workload).isNotEqualTo(Boolean.TRUE);
                assertThat(volumes).as("%s volumes", workload)
                        .anySatisfy(volume -> {
                            assertThat(volume.getName()).isEqualTo(tmp.getName());
                            assertThat(volume.getEmptyDir()).isNotNull();
                        });
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldSizeEveryContainer(Overlay overlay) {
        for (Workload workload : Workload.of(overlay)) {
            for (Container container : containers(workload)) {
                String what = workload + " container " + container.getName();
                assertThat(container.getResources()).as("%s resources", what).isNotNull();
                Quantity requested = container.getResources().getRequests().get("memory");
                Quantity limit = container.getResources().getLimits().get("memory");
                assertThat(requested).as("%s memory request", what).isNotNull();
                assertThat(limit).as("%s memory limit", what).isNotNull();
                assertThat(container.getResources().getRequests().get("cpu")).as("%s cpu request", what).isNotNull();
                assertThat(limit.getNumericalAmount()).as("%s memory limit >= request", what)
                        .isGreaterThanOrEqualTo(requested.getNumericalAmount());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldProbeEveryContainer(Overlay overlay) {
        for (Workload workload : Workload.of(overlay)) {
            for (Container container : workload.template().getSpec().getContainers()) {
                String what = workload + " container " + container.getName();
                assertThat(container.getLivenessProbe()).as("%s livenessProbe", what).isNotNull();
                assertThat(container.getReadinessProbe()).as("%s readinessProbe", what).isNotNull();
                assertThat(container.getStartupProbe()).as("%s startupProbe", what).isNotNull();
            }
            // An init container runs to completion before the pod serves: the API refuses probes on it.
            for (Container init : Optional.ofNullable(workload.template().getSpec().getInitContainers())
                    .orElse(List.of())) {
                assertThat(List.of(Optional.ofNullable(init.getLivenessProbe()),
                        Optional.ofNullable(init.getReadinessProbe()), Optional.ofNullable(init.getStartupProbe())))
                        .as("%s init container %s probes", workload, init.getName()).allMatch(Optional::isEmpty);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldProbeTheAppsOnTheirHealthEndpoints(Overlay overlay) {
        for (String app : List.of("gateway", "people-service", "meetings-service")) {
            Container container = containers(Workload.named(overlay, app)).get(0);
            assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
            assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo("/q/health/started");
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldEnforceTheRestrictedPodSecurityStandardOnTheNamespace(Overlay overlay) {
        Namespace namespace = overlay.one(Namespace.class, "summitry");

        assertThat(namespace.getMetadata().getLabels())
                .containsEntry("pod-security.kubernetes.io/enforce", "restricted");
        assertThat(overlay.objects()).allSatisfy(object -> {
            if (!object.path("kind").asText().equals("Namespace")) {
                assertThat(object.path("metadata").path("namespace").asText()).isEqualTo("summitry");
            }
        });
    }

    private static List<Container> containers(Workload workload) {
        List<Container> all = new ArrayList<>(workload.template().getSpec().getContainers());
        all.addAll(Optional.ofNullable(workload.template().getSpec().getInitContainers()).orElse(List.of()));
        return all;
    }
}
