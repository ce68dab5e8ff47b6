package io.summitry.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The local run's command line: defaults, environment, flags, and clear refusals. */
class LauncherOptionsTest {

    static final Path ROOT = Path.of("/work/summitry");

    @Test
    void shouldDefaultToTheDocumentedPortsAndFolders() {
        LauncherOptions options = LauncherOptions.parse(new String[0], Map.of(), ROOT);

        assertThat(options.gatewayPort()).isEqualTo(8080);
        assertThat(options.peoplePort()).isEqualTo(8081);
        assertThat(options.meetingsPort()).isEqualTo(8082);
        assertThat(options.postgresPort()).isZero();
        assertThat(options.dataDirectory()).isEqualTo(ROOT.resolve(".data"));
        assertThat(options.seedFile()).isEqualTo(ROOT.resolve("seed/trilateral-defense.yaml"));
        assertThat(options.seed()).isTrue();
        assertThat(options.readyTimeout()).hasSeconds(60);
        assertThat(options.keycloak()).isFalse();
    }

    @Test
    void shouldRunAKeycloakOnlyWhenAsked() {
        assertThat(LauncherOptions.parse(new String[] {"--keycloak"}, Map.of(), ROOT).keycloak()).isTrue();
    }

    @Test
    void shouldLetFlagsOverrideTheEnvironment() {
        LauncherOptions options = LauncherOptions.parse(
                new String[] {"--gateway-port", "9090", "--no-seed", "--data", "elsewhere"},
                Map.of("SUMMITRY_GATEWAY_PORT", "7070", "SUMMITRY_PEOPLE_PORT", "7071", "SUMMITRY_TOKEN", "t0k3n"),
                ROOT);

        assertThat(options.gatewayPort()).isEqualTo(9090);
        assertThat(options.peoplePort()).isEqualTo(7071);
        assertThat(options.seed()).isFalse();
        assertThat(options.dataDirectory()).isEqualTo(ROOT.resolve("elsewhere"));
        assertThat(options.token()).isEqualTo("t0k3n");
    }

    @Test
    void shouldRefuseAnUnknownOptionWithTheUsage() {
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--prot", "1"}, Map.of(), ROOT))
                .hasMessageContaining("Unknown option --prot").hasMessageContaining("Usage: ./summitry");
    }

    @Test
    void shouldRefuseAPortOutOfRange() {
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--people-port", "70000"}, Map.of(), ROOT))
                .hasMessageContaining("--people-port must be a port number from 0 to 65535, not '70000'");
    }
}
