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
    void shouldAutoscaleEveryAppFromTwoReplicasInProd() {
        for (Workload workload : Workload.of(Overlay.PROD)) {
            HorizontalPodAutoscaler hpa = Overlay.PROD.one(HorizontalPodAutoscaler.class, workload.name());
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(workload.name());
            assertThat(hpa.getSpec().getMinReplicas()).as("%s minReplicas", workload).isGreaterThanOrEqualTo(2);
            assertThat(hpa.getSpec().getMaxReplicas()).as("%s maxReplicas", workload)
                    .isGreaterThan(hpa.getSpec().getMinReplicas());
        }
    }

    /**
     * Every pod a service can run at once, its autoscaler's maximum plus the rolling update's surge, may fill its pool;
     * together with the connections kept for others (superuser-reserved, the operator and exporter, migrations, an
     * operator's psql) they must fit in the cluster's max_connections.
     */
    @Test
    void shouldSizeEachServicesPoolToFitItsClustersMaxConnectionsAtFullScaleInProd() {
        int reserved = 20;
        DATABASE_OF.forEach((service, database) -> {
            HorizontalPodAutoscaler hpa = Overlay.PROD.one(HorizontalPodAutoscaler.class, service);
            int maxReplicas = hpa.getSpec().getMaxReplicas();
            String surge = Overlay.PROD.one(io.fabric8.kubernetes.api.model.apps.Deployment.class, service).getSpec()
                    .getStrategy().getRollingUpdate().getMaxSurge().getStrVal();
            int surgePods = (int) Math.ceil(maxReplicas * Integer.parseInt(surge.replace("%", "")) / 100.0);
            int pool = Integer.parseInt(env(Overlay.PROD, service).get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE").getValue());
            int maxConnections = Integer.parseInt(Overlay.PROD.all(CnpgCluster.class).stream()
                    .filter(c -> c.metadata().getName().equals(database)).findFirst().orElseThrow()
                    .spec().postgresql().parameters().get("max_connections"));

            assertThat((maxReplicas + surgePods) * pool + reserved)
                    .as("%s: (%d replicas + %d surge) x pool %d + %d reserved, against %s's max_connections",
                            service, maxReplicas, surgePods, pool, reserved, database)
                    .isLessThanOrEqualTo(maxConnections);
            assertThat(pool).as("%s pool: enough for a pod's worker threads to get a connection", service)
                    .isGreaterThanOrEqualTo(10);
        });
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

    @Test
    void shouldReadEachServicesDatasourceFromItsOwnDatabaseSecretInDev() {
        DATABASE_OF.forEach((service, database) -> {
            Map<String, EnvVar> env = env(Overlay.DEV, service);
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

    /**
     * prod: the app runs as its database's runtime role with Flyway off; an init container migrates as the owner
     * (the migration role) and exits; both verify the server's certificate against the cluster's CA.
     */
    @Test
    void shouldMigrateAsTheOwnerAndRunAsTheRuntimeRoleOverVerifiedTlsInProd() {
        DATABASE_OF.forEach((service, database) -> {
            var pod = Workload.named(Overlay.PROD, service).template().getSpec();
            Container app = pod.getContainers().get(0);
            Container migrate = pod.getInitContainers().stream().filter(c -> c.getName().equals("migrate"))
                    .findFirst().orElseThrow(() -> new AssertionError(service + " has no migrate init container"));
            Map<String, EnvVar> runtime = byName(app.getEnv());
            Map<String, EnvVar> migration = byName(migrate.getEnv());

            assertThat(migrate.getImage()).as("%s migrates with its own image", service).isEqualTo(app.getImage());
            assertThat(secretOf(runtime, "QUARKUS_DATASOURCE_USERNAME")).isEqualTo(database + "-runtime");
            assertThat(secretOf(runtime, "QUARKUS_DATASOURCE_PASSWORD")).isEqualTo(database + "-runtime");
            assertThat(runtime.get("QUARKUS_FLYWAY_ACTIVE").getValue()).as("%s: no DDL at runtime", service)
                    .isEqualTo("false");
            assertThat(secretOf(migration, "QUARKUS_DATASOURCE_USERNAME")).isEqualTo(database + "-app");
            assertThat(secretOf(migration, "QUARKUS_DATASOURCE_PASSWORD")).isEqualTo(database + "-app");
            assertThat(migration.get("QUARKUS_INIT_AND_EXIT").getValue()).isEqualTo("true");
            assertThat(migration.get("QUARKUS_FLYWAY_ACTIVE").getValue()).isEqualTo("true");
            for (Map<String, EnvVar> env : List.of(runtime, migration)) {
                EnvVar url = env.get("QUARKUS_DATASOURCE_JDBC_URL");
                assertThat(url.getValueFrom()).as("%s: not the secret's jdbc-uri (owner credentials, no sslmode)",
                        service).isNull();
                assertThat(url.getValue()).startsWith("jdbc:postgresql://" + database + "-rw.summitry.svc:5432/")
                        .contains("sslmode=verify-full").contains("sslrootcert=/etc/summitry/db-ca/ca.crt");
            }
            for (Container container : List.of(app, migrate)) {
                assertThat(container.getVolumeMounts()).as("%s %s mounts the CA", service, container.getName())
                        .anySatisfy(mount -> {
                            assertThat(mount.getName()).isEqualTo("database-ca");
                            assertThat(mount.getMountPath()).isEqualTo("/etc/summitry/db-ca");
                        });
            }
            assertThat(pod.getVolumes()).anySatisfy(volume -> {
                assertThat(volume.getName()).isEqualTo("database-ca");
                assertThat(volume.getSecret().getSecretName()).isEqualTo(database + "-ca");
                assertThat(volume.getSecret().getItems()).as("only the certificate, not the CA's key")
                        .extracting(item -> item.getKey()).containsExactly("ca.crt");
            });
        });
    }

    private static Map<String, EnvVar> byName(List<EnvVar> env) {
        return env.stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
    }

    private static String secretOf(Map<String, EnvVar> env, String variable) {
        return env.get(variable).getValueFrom().getSecretKeyRef().getName();
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
        java.util.Properties site = Project.site();

        assertThat(ingress.getSpec().getIngressClassName()).as("class, from site.env")
                .isEqualTo(site.getProperty("ingressClass"));
        assertThat(ingress.getSpec().getRules()).extracting(rule -> rule.getHost()).as("host, from site.env")
                .containsExactly(site.getProperty("host"));
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getHosts()).containsExactly(site.getProperty("host"));
            assertThat(tls.getSecretName()).isEqualTo(site.getProperty("tlsSecret"));
        });
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
