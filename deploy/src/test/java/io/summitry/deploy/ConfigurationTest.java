package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.VolumeMount;

/**
 * What differs per site and is not a secret — the local token issuer, audience and key location, the OpenID Connect
 * provider editors sign in with, the trace collector — is
 * set in each overlay's config.env (prod: replaced from site/site.env, where the same key is), which every app reads
 * through envFrom; nothing in the Deployments shadows it.
 */
class ConfigurationTest {
    private static final List<String> APPS = List.of("gateway", "people-service", "meetings-service");
    /** The OIDC provider's settings, each the environment form of a {@code summitry.sign-in.*} key. */
    private static final List<String> SIGN_IN_KEYS = List.of("SUMMITRY_SIGN_IN_ISSUER", "SUMMITRY_SIGN_IN_CLIENT_ID",
            "SUMMITRY_SIGN_IN_AUDIENCE", "SUMMITRY_SIGN_IN_ROLE_CLAIM", "SUMMITRY_SIGN_IN_EDITOR_ROLE");
    private static final List<String> KEYS = Stream.concat(Stream.of("MP_JWT_VERIFY_ISSUER",
            "MP_JWT_VERIFY_AUDIENCES", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT"),
            SIGN_IN_KEYS.stream()).toList();

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

    /**
     * Production signs in with the site's provider: every app gets its issuer (an HTTPS URL: the discovery document and
     * keys are fetched from it), the web UI's client id, and the claim and value that make an editor.
     */
    @Test
    void shouldGiveEveryAppTheSitesSignInProviderInProd() {
        Properties site = Project.site();
        assertThat(site.getProperty("SUMMITRY_SIGN_IN_ISSUER")).as("site.env issuer").startsWith("https://");
        for (String key : SIGN_IN_KEYS) {
            assertThat(site.getProperty(key)).as("site.env %s", key).isNotBlank();
        }
        for (String app : APPS) {
            Container container = ImagesTest.container(Overlay.PROD, app);
            String configMap = container.getEnvFrom().stream().map(EnvFromSource::getConfigMapRef)
                    .filter(ref -> ref != null).findFirst().orElseThrow().getName();
            Map<String, String> data = Overlay.PROD.one(ConfigMap.class, configMap).getData();
            for (String key : SIGN_IN_KEYS) {
                assertThat(data).as("prod %s: %s", app, key).containsEntry(key, site.getProperty(key));
            }
        }
    }

    /**
     * A misspelt variable would be ignored without a word and leave the apps trusting only the local key: each one is
     * the environment form of a setting libs/sign-in reads ({@code clientId()} is {@code summitry.sign-in.client-id},
     * read from {@code SUMMITRY_SIGN_IN_CLIENT_ID}).
     */
    @Test
    void shouldNameOnlySettingsTheAppsRead() throws java.io.IOException {
        String source = java.nio.file.Files.readString(Project.root()
                .resolve("libs/sign-in/src/main/java/io/summitry/signin/SignInConfig.java"));
        Matcher prefix = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"\\)").matcher(source);
        assertThat(prefix.find()).as("SignInConfig's prefix").isTrue();
        List<String> read = new java.util.ArrayList<>();
        Matcher method = Pattern.compile("^    \\S+ (\\w+)\\(\\);", Pattern.MULTILINE).matcher(source);
        while (method.find()) {
            String kebab = method.group(1).replaceAll("([A-Z])", "-$1").toLowerCase();
            read.add((prefix.group(1) + "." + kebab).replaceAll("[^A-Za-z0-9]", "_").toUpperCase());
        }
        assertThat(read).as("SignInConfig's settings").contains("SUMMITRY_SIGN_IN_MAX_TOKEN_BYTES");
        assertThat(read).containsAll(SIGN_IN_KEYS);
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
