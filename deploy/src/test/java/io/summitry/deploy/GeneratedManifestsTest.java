package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * base/generated/ holds what quarkus-kubernetes generates from each app's configuration; these tests catch an app
 * whose deploy block was dropped or whose generated manifest was not refreshed.
 */
class GeneratedManifestsTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String HOW_TO_FIX = "run deploy/sync-generated.sh and commit what it changes";

    @ParameterizedTest
    @ValueSource(strings = {"people-service", "meetings-service", "gateway"})
    void shouldKeepTheDeployBlockInEachAppsConfiguration(String app) throws IOException {
        String properties = Files.readString(
                repository().resolve(app).resolve("src/main/resources/application.properties"));
        String block = Files.readString(Overlay.moduleDir().resolve("app-config").resolve(app + ".properties"));

        assertThat(properties).as("%s application.properties keeps its deploy block: %s", app, HOW_TO_FIX)
                .contains(block);
    }

    @ParameterizedTest
    @ValueSource(strings = {"people-service", "meetings-service", "gateway"})
    void shouldMatchWhatQuarkusGeneratedInTheLastBuild(String app) throws IOException {
        Path built = repository().resolve(app).resolve("target/kubernetes/kubernetes.yml");
        assertThat(built).as("%s has not been packaged, so there is nothing to compare with: build deploy together "
                + "with the apps (`./mvnw -B verify`, or `./mvnw -B -pl deploy -am verify`)", app).exists();
        String committed = Files.readString(Overlay.moduleDir().resolve("base/generated").resolve(app + ".yml"));

        assertThat(committed).as("deploy/base/generated/%s.yml is marked as generated", app).startsWith("# GENERATED");
        // Compared as objects: quarkus-kubernetes does not keep the order of labels from one build to the next.
        assertThat(documents(committed))
                .as("deploy/base/generated/%s.yml equals %s: %s", app, built, HOW_TO_FIX)
                .isEqualTo(documents(Files.readString(built)));
    }

    private static List<JsonNode> documents(String yaml) throws IOException {
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            return docs.readAll();
        }
    }

    private static Path repository() {
        return Overlay.moduleDir().getParent();
    }
}
