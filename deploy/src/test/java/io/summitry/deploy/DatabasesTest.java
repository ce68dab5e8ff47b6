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

/**
 * The databases: PostgreSQL of the major the tests run on, backed up (WAL archive and scheduled base backups),
 * monitored, on the site's storage class, and owned by a kustomization of their own so that deleting the apps, or
 * the apps' overlay, never deletes the data.
 */
class DatabasesTest {
    private static final List<String> CLUSTERS = List.of("people-db", "meetings-db");
    /** Kinds that hold or create data: never in the apps' kustomization. */
    private static final Set<String> DATA_KINDS = Set.of("Cluster", "StatefulSet", "PersistentVolumeClaim",
            "ScheduledBackup");

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
    void shouldArchiveEveryClusterToItsOwnPlaceInTheSitesBucketInProd() {
        Properties site = Project.env("databases/prod/site.env");
        Set<String> destinations = clusters().stream()
                .map(c -> c.spec().backup().barmanObjectStore().destinationPath())
                .collect(Collectors.toSet());

        assertThat(destinations).as("one backup destination per cluster").hasSize(CLUSTERS.size());
        for (CnpgCluster cluster : clusters()) {
            CnpgCluster.Backup backup = cluster.spec().backup();
            assertThat(backup).as("%s backup section", name(cluster)).isNotNull();
            assertThat(backup.retentionPolicy()).as("%s retentionPolicy", name(cluster)).matches("\\d+[dwm]");
            CnpgCluster.BarmanObjectStore store = backup.barmanObjectStore();
            assertThat(store.destinationPath()).as("%s destinationPath, from site.env", name(cluster))
                    .isEqualTo("s3://" + site.getProperty("backupBucket") + "/" + name(cluster));
            assertThat(store.s3Credentials().accessKeyId().name()).isEqualTo("summitry-backup-s3");
            assertThat(store.s3Credentials().secretAccessKey().name()).isEqualTo("summitry-backup-s3");
            assertThat(store.wal()).as("%s WAL archive settings", name(cluster)).isNotNull();
        }
    }

    @Test
    void shouldTakeABaseBackupOfEveryClusterOnASchedule() {
        Map<String, CnpgScheduledBackup> byCluster = Overlay.PROD.all(CnpgScheduledBackup.class).stream()
                .collect(Collectors.toMap(b -> b.spec().cluster().name(), b -> b));

        assertThat(byCluster).containsOnlyKeys(CLUSTERS);
        byCluster.forEach((cluster, backup) -> {
            assertThat(backup.spec().method()).isEqualTo("barmanObjectStore");
            assertThat(backup.spec().schedule().split(" ")).as("%s schedule: six fields, seconds first", cluster)
                    .hasSize(6);
            assertThat(backup.spec().immediate()).as("%s: a base backup from the start", cluster).isTrue();
        });
    }

    @Test
    void shouldPutTheDatabasesOnTheSitesStorageClassInProd() {
        String storageClass = Project.env("databases/prod/site.env").getProperty("storageClass");

        assertThat(storageClass).isNotBlank();
        for (CnpgCluster cluster : clusters()) {
            assertThat(cluster.spec().storage().storageClass()).as("%s storageClass", name(cluster))
                    .isEqualTo(storageClass);
        }
    }

    @Test
    void shouldMonitorEveryClusterAndEveryAppInProd() {
        List<PodMonitor> monitors = Overlay.PROD.all(PodMonitor.class);
        for (String cluster : CLUSTERS) {
            Map<String, String> instance = Map.of("cnpg.io/cluster", cluster, "cnpg.io/podRole", "instance");
            assertThat(monitors).as("a PodMonitor scraping %s's exporter", cluster).anySatisfy(monitor -> {
                assertThat(Reachability.matches(monitor.spec().selector(), instance)).isTrue();
                assertThat(monitor.spec().podMetricsEndpoints()).extracting(PodMonitor.Endpoint::port)
                        .contains("metrics");
            });
        }
        for (String app : List.of("gateway", "people-service", "meetings-service")) {
            Map<String, String> labels = Workload.named(Overlay.PROD, app).template().getMetadata().getLabels();
            assertThat(monitors).as("a PodMonitor scraping %s's /q/metrics", app).anySatisfy(monitor -> {
                assertThat(Reachability.matches(monitor.spec().selector(), labels)).isTrue();
                assertThat(monitor.spec().podMetricsEndpoints()).anySatisfy(endpoint -> {
                    assertThat(endpoint.port()).isEqualTo("http");
                    assertThat(endpoint.path()).isEqualTo("/q/metrics");
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
