package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.VolumeMount;

/**
 * What differs per site and is not a secret — the token issuer, audience and key location, the trace collector — is
 * set in each overlay's config.env (prod: replaced from site/site.env, where the same key is), which every app reads
 * through envFrom; nothing in the Deployments shadows it.
 */
class ConfigurationTest {
    private static final List<String> APPS = List.of("gateway", "people-service", "meetings-service");
    private static final List<String> KEYS = List.of("MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_AUDIENCES",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT");

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldGiveEveryAppTheOverlaysConfigEnv(Overlay overlay) {
        Properties configEnv = settings(overlay);
        assertThat(Project.env(overlay.apps() + "/config.env").stringPropertyNames()).as("%s/config.env",
                overlay.apps()).containsExactlyInAnyOrderElementsOf(KEYS);
        assertThat(configEnv.getProperty("MP_JWT_VERIFY_ISSUER")).isNotBlank();
        assertThat(configEnv.getProperty("MP_JWT_VERIFY_AUDIENCES")).isNotBlank();

        for (String app : APPS) {
            Container container = ImagesTest.container(overlay, app);
            List<String> configMaps = container.getEnvFrom() == null ? List.of()
                    : container.getEnvFrom().stream().map(EnvFromSource::getConfigMapRef)
                            .filter(ref -> ref != null).map(ref -> ref.getName()).toList();
            assertThat(configMaps).as("%s %s envFrom", overlay, app).hasSize(1);
            ConfigMap config = overlay.one(ConfigMap.class, configMaps.get(0));
            for (String key : KEYS) {
                assertThat(config.getData()).as("%s %s: %s", overlay, app, key)
                        .containsEntry(key, configEnv.getProperty(key));
            }
            assertThat(container.getEnv()).extracting(EnvVar::getName)
                    .as("%s %s: a direct env var would shadow config.env", overlay, app)
                    .doesNotContainAnyElementsOf(KEYS);
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldPointTheKeyLocationIntoTheMountedKeySecret(Overlay overlay) {
        String location = settings(overlay).getProperty("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        for (String app : APPS) {
            Map<String, String> mounts = new java.util.HashMap<>();
            for (VolumeMount mount : ImagesTest.container(overlay, app).getVolumeMounts()) {
                mounts.put(mount.getName(), mount.getMountPath());
            }
            assertThat(mounts).containsKey("jwt-public-key");
            assertThat(location).as("%s %s key location", overlay, app)
                    .satisfiesAnyOf(l -> assertThat(l).startsWith(mounts.get("jwt-public-key") + "/"),
                            l -> assertThat(l).startsWith("https://"));
        }
    }

    /** The values an overlay's apps must see: its config.env, where prod's site.env overrides every key it has. */
    private static Properties settings(Overlay overlay) {
        Properties settings = Project.env(overlay.apps() + "/config.env");
        if (overlay == Overlay.PROD) {
            Properties site = Project.site();
            for (String key : KEYS) {
                if (site.containsKey(key)) {
                    settings.setProperty(key, site.getProperty(key));
                }
            }
        }
        return settings;
    }
}
