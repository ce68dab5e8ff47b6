package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Restoring the databases: databases/recovery bootstraps each cluster from its Barman Cloud Plugin archive to the
 * point in time of recovery.env, and archives from then on under a new name, leaving the history it came from
 * intact; databases/restore-drill renders the same in a namespace of its own that writes nothing into the archive.
 */
class RecoveryTest {
    private static final String RECOVERY = "databases/recovery";
    private static final String DRILL = "databases/restore-drill";
    private static final Map<String, String> PREFIX = Map.of("people-db", "people", "meetings-db", "meetings");

    @Test
    void shouldRecoverEveryClusterFromItsOwnArchiveToThePointInTime() {
        Properties recovery = Project.env(RECOVERY + "/recovery.env");
        Map<String, BarmanObjectStore> stores = objects(RECOVERY, BarmanObjectStore.class).stream()
                .collect(Collectors.toMap(store -> store.metadata().getName(), store -> store));
        List<CnpgCluster> clusters = objects(RECOVERY, CnpgCluster.class);

        assertThat(clusters).extracting(c -> c.metadata().getName()).containsExactlyInAnyOrderElementsOf(PREFIX.keySet());
        for (CnpgCluster cluster : clusters) {
            String name = cluster.metadata().getName();
            String prefix = PREFIX.get(name);
            CnpgCluster.Recovery bootstrap = cluster.spec().bootstrap().recovery();
            assertThat(cluster.spec().bootstrap().initdb()).as("%s: recovered, not initialised", name).isNull();
            assertThat(bootstrap.owner()).as("%s owner: the migration role, as before", name).isEqualTo(prefix);
            assertThat(bootstrap.recoveryTarget().targetTime()).isEqualTo(recovery.getProperty("targetTime"));
            assertThat(OffsetDateTime.parse(bootstrap.recoveryTarget().targetTime())).as("RFC 3339").isNotNull();

            CnpgCluster.ExternalCluster source = cluster.spec().externalClusters().stream()
                    .filter(external -> external.name().equals(bootstrap.source())).findFirst()
                    .orElseThrow(() -> new AssertionError(name + ": no external cluster " + bootstrap.source()));
            assertThat(source.plugin().name()).isEqualTo("barman-cloud.cloudnative-pg.io");
            assertThat(stores).as("%s reads an ObjectStore that exists", name)
                    .containsKey(source.plugin().parameters().get("barmanObjectName"));
            assertThat(source.plugin().parameters().get("barmanObjectName")).isEqualTo(name + "-store");
            String restoreFrom = source.plugin().parameters().get("serverName");
            assertThat(restoreFrom).isEqualTo(recovery.getProperty(prefix + "RestoreFrom"));

            CnpgCluster.Plugin archiver = cluster.spec().plugins().get(0);
            assertThat(archiver.isWALArchiver()).isTrue();
            assertThat(archiver.parameters().get("serverName")).as("%s archives under a new name", name)
                    .isEqualTo(recovery.getProperty(prefix + "ArchiveTo")).isNotEqualTo(restoreFrom);
        }
    }

    @Test
    void shouldChangeNothingButHowTheClustersBegin() {
        assertThat(names(RECOVERY)).isEqualTo(names("databases/prod"));
        CnpgCluster prod = Overlay.PROD.all(CnpgCluster.class).get(0);
        CnpgCluster recovered = objects(RECOVERY, CnpgCluster.class).stream()
                .filter(c -> c.metadata().getName().equals(prod.metadata().getName())).findFirst().orElseThrow();
        assertThat(recovered.spec().resources()).isEqualTo(prod.spec().resources());
        assertThat(recovered.spec().affinity()).isEqualTo(prod.spec().affinity());
        assertThat(recovered.spec().storage()).isEqualTo(prod.spec().storage());
        assertThat(recovered.spec().managed()).isEqualTo(prod.spec().managed());
    }

    @Test
    void shouldRehearseTheRestoreInANamespaceOfItsOwnWithoutWritingToTheArchive() {
        List<JsonNode> drill = Overlay.rendered(DRILL);

        assertThat(drill).filteredOn(o -> !o.path("kind").asText().equals("Namespace"))
                .allSatisfy(o -> assertThat(o.path("metadata").path("namespace").asText())
                        .as("%s %s", o.path("kind").asText(), o.path("metadata").path("name").asText())
                        .isEqualTo("summitry-restore-drill"));
        assertThat(drill).filteredOn(o -> o.path("kind").asText().equals("Namespace")).singleElement()
                .satisfies(namespace -> {
                    assertThat(namespace.path("metadata").path("name").asText()).isEqualTo("summitry-restore-drill");
                    assertThat(namespace.path("metadata").path("labels").path("pod-security.kubernetes.io/enforce")
                            .asText()).isEqualTo("restricted");
                });
        assertThat(drill).extracting(o -> o.path("kind").asText()).doesNotContain("ScheduledBackup")
                .contains("Cluster", "ObjectStore", "NetworkPolicy");
        assertThat(objects(DRILL, CnpgCluster.class)).hasSize(2).allSatisfy(cluster -> {
            assertThat(cluster.spec().plugins()).as("no WAL archiver: the drill writes nothing").isNull();
            assertThat(cluster.spec().bootstrap().recovery()).isNotNull();
        });
        assertThat(drill).anySatisfy(o -> assertThat(o.path("metadata").path("name").asText())
                .isEqualTo("default-deny-all"));
    }

    private static <T> List<T> objects(String kustomization, Class<T> type) {
        return Overlay.rendered(kustomization).stream().map(StrictModel::unmarshal).filter(type::isInstance)
                .map(type::cast).toList();
    }

    private static List<String> names(String kustomization) {
        return Overlay.rendered(kustomization).stream()
                .map(o -> o.path("kind").asText() + " " + o.path("metadata").path("name").asText()).sorted().toList();
    }
}
