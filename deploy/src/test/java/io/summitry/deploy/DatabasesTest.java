package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.openshift.api.model.monitoring.v1.PodMetricsEndpoint;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;

/**
 * The databases: PostgreSQL of the major the tests run on, backed up through the Barman Cloud Plugin (WAL archive
 * and scheduled base backups), monitored, on the site's storage class, Guaranteed and one instance per node, with a
 * runtime role that cannot change the schema, and owned by a kustomization of their own so that deleting the apps, or
 * the apps' overlay, never deletes the data.
 */
class DatabasesTest {
    private static final List<String> CLUSTERS = List.of("people-db", "meetings-db");
    private static final String BARMAN_CLOUD = "barman-cloud.cloudnative-pg.io";
    /** Kinds that hold or create data: never in the apps' kustomization. */
    private static final Set<String> DATA_KINDS = Set.of("Cluster", "StatefulSet", "PersistentVolumeClaim",
            "ScheduledBackup", "ObjectStore");

    @Test
    void shouldPinEveryClusterToTheTestedPostgresMajorInProd() {
        for (CnpgCluster cluster : clusters()) {
            assertThat(cluster.spec().imageName())
                    .as("%s imageName: unpinned, the operator picks its own default major", name(cluster))
                    .matches("ghcr\\.io/cloudnative-pg/postgresql:" + Project.testedPostgresMajor()
                            + "\\.\\d+(@sha256:[0-9a-f]{64})?");
        }
    }

    @Test
    void shouldRunTheTestedPostgresMajorInDev() {
        StatefulSet postgres = Overlay.DEV.one(StatefulSet.class, "postgres");

        assertThat(postgres.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                .matches("docker\\.io/library/postgres:" + Project.testedPostgresMajor() + "\\.\\d+");
    }

    @Test
    void shouldArchiveEveryClusterThroughTheBarmanCloudPluginToItsOwnPlaceInTheSitesBucketInProd() {
        Properties site = Project.site();
        Map<String, BarmanObjectStore> stores = Overlay.PROD.all(BarmanObjectStore.class).stream()
                .collect(Collectors.toMap(store -> store.metadata().getName(), store -> store));
        Set<String> destinations = stores.values().stream().map(s -> s.spec().configuration().destinationPath())
                .collect(Collectors.toSet());

        assertThat(destinations).as("one backup destination per cluster").hasSize(CLUSTERS.size());
        for (CnpgCluster cluster : clusters()) {
            List<CnpgCluster.Plugin> archivers = cluster.spec().plugins().stream()
                    .filter(plugin -> Boolean.TRUE.equals(plugin.isWALArchiver())).toList();
            assertThat(archivers).as("%s: one WAL archiver", name(cluster)).singleElement()
                    .satisfies(plugin -> assertThat(plugin.name()).isEqualTo(BARMAN_CLOUD));
            BarmanObjectStore store = stores.get(archivers.get(0).parameters().get("barmanObjectName"));
            assertThat(store).as("%s: the ObjectStore its plugin names", name(cluster)).isNotNull();
            assertThat(store.spec().retentionPolicy()).as("%s retentionPolicy", name(cluster)).matches("\\d+[dwm]");
            BarmanObjectStore.Configuration configuration = store.spec().configuration();
            assertThat(configuration.destinationPath()).as("%s destinationPath, from site.env", name(cluster))
                    .isEqualTo("s3://" + site.getProperty("backupBucket") + "/" + name(cluster));
            assertThat(configuration.endpointURL()).as("endpoint, from site.env")
                    .isEqualTo(site.getProperty("backupEndpoint"));
            assertThat(configuration.s3Credentials().accessKeyId().name()).isEqualTo("summitry-backup-s3");
            assertThat(configuration.s3Credentials().secretAccessKey().name()).isEqualTo("summitry-backup-s3");
            assertThat(configuration.wal()).as("%s WAL archive settings", name(cluster)).isNotNull();
        }
    }

    @Test
    void shouldTakeABaseBackupOfEveryClusterOnASchedule() {
        Map<String, CnpgScheduledBackup> byCluster = Overlay.PROD.all(CnpgScheduledBackup.class).stream()
                .collect(Collectors.toMap(b -> b.spec().cluster().name(), b -> b));

        assertThat(byCluster).containsOnlyKeys(CLUSTERS);
        byCluster.forEach((cluster, backup) -> {
            assertThat(backup.spec().method()).isEqualTo("plugin");
            assertThat(backup.spec().pluginConfiguration().name()).isEqualTo(BARMAN_CLOUD);
            assertThat(backup.spec().schedule().split(" ")).as("%s schedule: six fields, seconds first", cluster)
                    .hasSize(6);
            assertThat(backup.spec().immediate()).as("%s: a base backup from the start", cluster).isTrue();
        });
    }

    @Test
    void shouldGiveTheDatabasesGuaranteedQosAndOneNodeEachInProd() {
        for (CnpgCluster cluster : clusters()) {
            var resources = cluster.spec().resources();
            for (String resource : List.of("cpu", "memory")) {
                assertThat(resources.getRequests()).as("%s %s request", name(cluster), resource).containsKey(resource);
                assertThat(resources.getLimits().get(resource)).as("%s %s: limit equals request (Guaranteed QoS)",
                        name(cluster), resource).isEqualTo(resources.getRequests().get(resource));
            }
            var sidecar = Overlay.PROD.all(BarmanObjectStore.class).stream()
                    .filter(store -> store.metadata().getName().equals(name(cluster) + "-store")).findFirst()
                    .orElseThrow().spec().instanceSidecarConfiguration().resources();
            for (String resource : List.of("cpu", "memory")) {
                assertThat(sidecar.getLimits().get(resource))
                        .as("%s: the backup plugin's sidecar %s, limit equals request", name(cluster), resource)
                        .isNotNull().isEqualTo(sidecar.getRequests().get(resource));
            }
            assertThat(cluster.spec().affinity().enablePodAntiAffinity()).isTrue();
            assertThat(cluster.spec().affinity().podAntiAffinityType()).as("%s anti-affinity", name(cluster))
                    .isEqualTo("required");
            assertThat(cluster.spec().affinity().topologyKey()).isEqualTo("kubernetes.io/hostname");
        }
    }

    @Test
    void shouldGiveTheServicesARuntimeRoleWithoutDdlInProd() {
        for (CnpgCluster cluster : clusters()) {
            String owner = cluster.spec().bootstrap().initdb().owner();
            List<CnpgCluster.Role> roles = cluster.spec().managed().roles();
            assertThat(roles).as("%s managed roles", name(cluster)).singleElement().satisfies(role -> {
                assertThat(role.name()).isEqualTo(owner + "_runtime").isNotEqualTo(owner);
                assertThat(role.login()).isTrue();
                assertThat(role.superuser()).as("superuser").isNotEqualTo(Boolean.TRUE);
                assertThat(role.createdb()).as("createdb").isNotEqualTo(Boolean.TRUE);
                assertThat(role.createrole()).as("createrole").isNotEqualTo(Boolean.TRUE);
                assertThat(role.inRoles()).containsExactly(owner + "_rw");
                assertThat(role.passwordSecret().name()).isEqualTo(name(cluster) + "-runtime");
            });
            List<String> grants = cluster.spec().bootstrap().initdb().postInitApplicationSQL().stream()
                    .filter(sql -> sql.contains(" TO " + owner + "_rw")).toList();
            assertThat(grants).as("%s: what %s_rw may do", name(cluster), owner).isNotEmpty()
                    .allSatisfy(sql -> assertThat(sql.toUpperCase())
                            .as("DML and USAGE only").doesNotContain("CREATE", "ALL", "TRUNCATE", "REFERENCES",
                                    "TRIGGER"))
                    .anySatisfy(sql -> assertThat(sql).contains("SELECT, INSERT, UPDATE, DELETE ON TABLES"));
        }
    }

    @Test
    void shouldPutTheDatabasesOnTheSitesStorageClassInProd() {
        String storageClass = Project.site().getProperty("storageClass");

        assertThat(storageClass).isNotBlank();
        for (CnpgCluster cluster : clusters()) {
            assertThat(cluster.spec().storage().storageClass()).as("%s storageClass", name(cluster))
                    .isEqualTo(storageClass);
        }
    }

    @Test
    void shouldMonitorEveryClusterAndEveryAppInProd() {
        List<PodMonitor> monitors = Overlay.PROD.all(PodMonitor.class);
        assertThat(monitors).as("PodMonitors").isNotEmpty();
        for (String cluster : CLUSTERS) {
            Map<String, String> instance = Map.of("cnpg.io/cluster", cluster, "cnpg.io/podRole", "instance");
            assertThat(monitors).as("a PodMonitor scraping %s's exporter", cluster).anySatisfy(monitor -> {
                assertThat(Reachability.matches(monitor.getSpec().getSelector(), instance)).isTrue();
                assertThat(monitor.getSpec().getPodMetricsEndpoints()).extracting(PodMetricsEndpoint::getPort)
                        .contains("metrics");
            });
        }
        for (String app : List.of("gateway", "people-service", "meetings-service")) {
            Map<String, String> labels = Workload.named(Overlay.PROD, app).template().getMetadata().getLabels();
            assertThat(monitors).as("a PodMonitor scraping %s's /q/metrics", app).anySatisfy(monitor -> {
                assertThat(Reachability.matches(monitor.getSpec().getSelector(), labels)).isTrue();
                assertThat(monitor.getSpec().getPodMetricsEndpoints()).anySatisfy(endpoint -> {
                    assertThat(endpoint.getPort()).isEqualTo("http");
                    assertThat(endpoint.getPath()).isEqualTo("/q/metrics");
                });
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldKeepTheDataOutOfTheAppsKustomization(Overlay overlay) {
        for (JsonNode object : Overlay.rendered(overlay.apps())) {
            String kind = object.path("kind").asText();
            assertThat(DATA_KINDS).as("%s renders %s %s: `kubectl delete -k %s` would delete data", overlay.apps(),
                    kind, object.path("metadata").path("name").asText(), overlay.apps()).doesNotContain(kind);
            assertThat(kind).as("%s must not own the namespace", overlay.apps()).isNotEqualTo("Namespace");
        }
        assertThat(kinds(overlay.databases())).as("%s", overlay.databases())
                .containsAnyOf("Cluster", "StatefulSet")
                .doesNotContain("Namespace", "Deployment");
        assertThat(kinds("namespace")).as("deploy/namespace").contains("Namespace").doesNotContain("Deployment");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldGiveEveryServiceItsDatabaseSecretFromTheDatabasesKustomization(Overlay overlay) {
        if (overlay == Overlay.PROD) {
            // The operator creates people-db-app and meetings-db-app from each Cluster's bootstrap.
            assertThat(clusters()).extracting(c -> c.spec().bootstrap().initdb().owner())
                    .containsExactlyInAnyOrder("people", "meetings");
            return;
        }
        List<String> secrets = Overlay.rendered(overlay.databases()).stream()
                .filter(o -> o.path("kind").asText().equals("Secret"))
                .map(o -> o.path("metadata").path("name").asText())
                .toList();
        assertThat(secrets).contains("people-db-app", "meetings-db-app");
    }

    private static List<String> kinds(String kustomization) {
        return Overlay.rendered(kustomization).stream().map(o -> o.path("kind").asText()).toList();
    }

    private static List<CnpgCluster> clusters() {
        List<CnpgCluster> clusters = Overlay.PROD.all(CnpgCluster.class);
        assertThat(clusters).extracting(DatabasesTest::name).containsExactlyInAnyOrderElementsOf(CLUSTERS);
        return clusters;
    }

    private static String name(CnpgCluster cluster) {
        return cluster.metadata().getName();
    }
}
