package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** Replicas, scaling, databases and wiring of each overlay. */
class OverlayShapeTest {
    private static final Map<String, String> DATABASE_OF = Map.of("people-service", "people-db", "meetings-service",
            "meetings-db");

    @Test
    void shouldRunOneReplicaOfEachAppAndOnePostgresInDev() {
        assertThat(Workload.of(Overlay.DEV))
                .allSatisfy(w -> assertThat(w.replicas()).as("%s replicas", w).isEqualTo(1));
        assertThat(Overlay.DEV.all(StatefulSet.class)).extracting(s -> s.getMetadata().getName())
                .containsExactly("postgres");
        assertThat(Overlay.DEV.all(CnpgCluster.class)).isEmpty();
    }

    @Test
    void shouldGiveDevTheSecretsTheOperatorGivesProd() {
        for (String secret : List.of("people-db-app", "meetings-db-app")) {
            assertThat(Overlay.DEV.one(Secret.class, secret).getData())
                    .containsKeys("username", "password", "jdbc-uri");
        }
    }

    @Test
    void shouldReplicateTheAppsInProd() {
        assertThat(Workload.named(Overlay.PROD, "people-service").replicas()).isGreaterThanOrEqualTo(2);
        assertThat(Workload.named(Overlay.PROD, "meetings-service").replicas()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldAutoscaleTheGatewayFromThreeReplicasInProd() {
        HorizontalPodAutoscaler hpa = Overlay.PROD.one(HorizontalPodAutoscaler.class, "gateway");

        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("gateway");
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(3);
        assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
    }

    @Test
    void shouldLeaveTheGatewaysReplicaCountToItsAutoscalerInProd() {
        for (HorizontalPodAutoscaler hpa : Overlay.PROD.all(HorizontalPodAutoscaler.class)) {
            String target = hpa.getSpec().getScaleTargetRef().getName();
            assertThat(Workload.named(Overlay.PROD, target).replicas())
                    .as("Deployment %s has a replicas field beside its HorizontalPodAutoscaler: every apply would "
                            + "reset the autoscaler's count", target)
                    .isNull();
        }
        assertThat(Overlay.PROD.all(HorizontalPodAutoscaler.class)).isNotEmpty();
    }

    @Test
    void shouldBudgetDisruptionsSoThatANodeCanAlwaysBeDrainedInProd() {
        for (Workload workload : Workload.of(Overlay.PROD)) {
            if (!workload.kind().equals("Deployment")) {
                continue;
            }
            Map<String, String> labels = workload.template().getMetadata().getLabels();
            List<PodDisruptionBudget> budgets = Overlay.PROD.all(PodDisruptionBudget.class).stream()
                    .filter(pdb -> Reachability.matches(pdb.getSpec().getSelector(), labels))
                    .toList();
            assertThat(budgets).as("%s has exactly one PodDisruptionBudget", workload).hasSize(1);
            PodDisruptionBudget pdb = budgets.get(0);
            int replicas = minimumReplicas(workload);
            int allowed = pdb.getSpec().getMaxUnavailable() != null
                    ? pdb.getSpec().getMaxUnavailable().getIntVal()
                    : replicas - pdb.getSpec().getMinAvailable().getIntVal();
            assertThat(allowed).as("%s at %d replicas: evictions its budget allows (0 blocks every drain)", workload,
                    replicas).isGreaterThanOrEqualTo(1);
            assertThat(replicas - allowed).as("%s keeps a pod through a drain", workload).isGreaterThanOrEqualTo(1);
            assertThat(pdb.getSpec().getUnhealthyPodEvictionPolicy())
                    .as("%s: a pod that is not ready must not hold a drain up", workload).isEqualTo("AlwaysAllow");
        }
    }

    private static int minimumReplicas(Workload workload) {
        if (workload.replicas() != null) {
            return workload.replicas();
        }
        return Overlay.PROD.all(HorizontalPodAutoscaler.class).stream()
                .filter(hpa -> hpa.getSpec().getScaleTargetRef().getName().equals(workload.name()))
                .map(hpa -> hpa.getSpec().getMinReplicas())
                .findFirst()
                .orElseThrow(() -> new AssertionError(workload + " has neither replicas nor an autoscaler"));
    }

    @Test
    void shouldRunOneThreeInstanceCloudNativePgClusterPerServiceInProd() {
        Map<String, CnpgCluster> clusters = Overlay.PROD.all(CnpgCluster.class).stream()
                .collect(Collectors.toMap(c -> c.metadata().getName(), c -> c));

        assertThat(clusters).containsOnlyKeys("people-db", "meetings-db");
        clusters.values().forEach(cluster -> {
            assertThat(cluster.spec().instances()).isEqualTo(3);
            assertThat(cluster.spec().storage().size()).isNotBlank();
            assertThat(cluster.spec().bootstrap().initdb().database()).isNotBlank();
        });
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldReadEachServicesDatasourceFromItsOwnDatabaseSecret(Overlay overlay) {
        DATABASE_OF.forEach((service, database) -> {
            Map<String, EnvVar> env = env(overlay, service);
            assertThat(env).containsKeys("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                    "QUARKUS_DATASOURCE_PASSWORD");
            assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL").getValueFrom().getSecretKeyRef().getKey())
                    .isEqualTo("jdbc-uri");
            for (String variable : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                    "QUARKUS_DATASOURCE_PASSWORD")) {
                assertThat(env.get(variable).getValueFrom().getSecretKeyRef().getName())
                        .as("%s %s", service, variable).isEqualTo(database + "-app");
            }
            assertThat(env.get("QUARKUS_PROFILE").getValue()).isEqualTo("prod");
        });
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldPointTheGatewayAtTheServicesServices(Overlay overlay) {
        Map<String, EnvVar> env = env(overlay, "gateway");

        assertThat(env.get("QUARKUS_REST_CLIENT_PEOPLE_URL").getValue()).isEqualTo("http://people-service");
        assertThat(env.get("QUARKUS_REST_CLIENT_MEETINGS_URL").getValue()).isEqualTo("http://meetings-service");
        assertThat(port(overlay, "people-service").getPort()).isEqualTo(80);
        assertThat(port(overlay, "meetings-service").getPort()).isEqualTo(80);
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldSendEachServiceToPodsThatListenOnItsTargetPort(Overlay overlay) {
        for (Service service : overlay.all(Service.class)) {
            Workload workload = Workload.named(overlay, service.getMetadata().getName());
            assertThat(Reachability.matches(new io.fabric8.kubernetes.api.model.LabelSelector(null,
                    service.getSpec().getSelector()), workload.template().getMetadata().getLabels()))
                    .as("Service %s selects its pods", service.getMetadata().getName()).isTrue();
            for (ServicePort port : service.getSpec().getPorts()) {
                List<Integer> listening = workload.template().getSpec().getContainers().stream()
                        .flatMap(c -> c.getPorts().stream())
                        .filter(p -> port.getTargetPort().getIntVal() != null
                                ? p.getContainerPort().equals(port.getTargetPort().getIntVal())
                                : port.getTargetPort().getStrVal().equals(p.getName()))
                        .map(p -> p.getContainerPort())
                        .toList();
                assertThat(listening).as("Service %s port %s", service.getMetadata().getName(), port.getName())
                        .hasSize(1);
            }
        }
    }

    @Test
    void shouldExposeTheGatewayThroughAnIngressInProd() {
        Ingress ingress = Overlay.PROD.one(Ingress.class, "gateway");

        assertThat(ingress.getSpec().getRules()).allSatisfy(rule -> assertThat(rule.getHttp().getPaths())
                .allSatisfy(path -> assertThat(path.getBackend().getService().getName()).isEqualTo("gateway")));
        assertThat(Overlay.DEV.all(Ingress.class)).isEmpty();
    }

    private static Map<String, EnvVar> env(Overlay overlay, String workload) {
        Container container = Workload.named(overlay, workload).template().getSpec().getContainers().get(0);
        return container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
    }

    private static ServicePort port(Overlay overlay, String service) {
        return overlay.one(Service.class, service).getSpec().getPorts().get(0);
    }
}
