package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.apps.Deployment;

/** Every object both overlays render fits the fabric8 model (or CnpgCluster) with no unknown field or wrong type. */
class ManifestValidationTest {
    private static final YAMLMapper YAML = new YAMLMapper();

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: example
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app: example
              template:
                metadata:
                  labels:
                    app: example
                spec:
                  containers:
                    - name: example
                      image: example:1
                      ports:
                        - containerPort: 8080
            """;

    private static final String CLUSTER = """
            apiVersion: postgresql.cnpg.io/v1
            kind: Cluster
            metadata:
              name: example-db
            spec:
              instances: 3
              storage:
                size: 1Gi
            """;

    @ParameterizedTest
    @MethodSource("io.summitry.deploy.Overlay#allKustomizations")
    void shouldUnmarshalEveryRenderedObjectStrictly(String kustomization) {
        List<String> errors = new ArrayList<>();
        List<JsonNode> objects = Overlay.rendered(kustomization);
        for (JsonNode object : objects) {
            try {
                StrictModel.unmarshal(object);
            } catch (IllegalArgumentException e) {
                errors.add(e.getMessage());
            }
        }
        if (!kustomization.equals("site")) {
            assertThat(objects).as("objects rendered by %s", kustomization).isNotEmpty();
        }
        assertThat(errors).as("objects of %s that do not fit the model", kustomization).isEmpty();
    }

    @Test
    void shouldValidateEveryKustomizationAnOperatorMayApply() {
        assertThat(Overlay.allKustomizations()).contains("namespace", "databases/dev", "databases/prod",
                "overlays/dev", "overlays/prod", "overlays/prod-cert-manager", "overlays/prod-gateway-api",
                "monitoring");
    }

    @Test
    void shouldRejectAMisspeltFieldInAPrometheusOperatorPodMonitor() {
        String monitor = """
                apiVersion: monitoring.coreos.com/v1
                kind: PodMonitor
                metadata:
                  name: m
                spec:
                  selector: {}
                  podMetricsEndpoints:
                    - port: http
                """;
        assertThat(StrictModel.unmarshal(yaml(monitor))).isNotNull();

        assertThatThrownBy(() -> StrictModel.unmarshal(yaml(monitor.replace("podMetricsEndpoints", "podMetricEndpoints"))))
                .hasMessageContaining("podMetricEndpoints");
    }

    @Test
    void shouldAcceptAValidDeployment() {
        assertThat(StrictModel.unmarshal(yaml(DEPLOYMENT))).isInstanceOf(Deployment.class);
    }

    @Test
    void shouldRejectAMisspeltField() {
        JsonNode typo = yaml(DEPLOYMENT.replace("  replicas: 2", "  replica: 2"));

        assertThatThrownBy(() -> StrictModel.unmarshal(typo))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("replica");
    }

    @Test
    void shouldRejectAFieldPlacedAtTheWrongLevel() {
        JsonNode misplaced = yaml(DEPLOYMENT.replace("      image: example:1",
                "      image: example:1\n          readOnlyRootFilesystem: true"));

        assertThatThrownBy(() -> StrictModel.unmarshal(misplaced))
                .hasMessageContaining("readOnlyRootFilesystem");
    }

    @Test
    void shouldRejectAWrongType() {
        JsonNode quoted = yaml(DEPLOYMENT.replace("containerPort: 8080", "containerPort: \"8080\""));
        JsonNode listInsteadOfNumber = yaml(DEPLOYMENT.replace("replicas: 2", "replicas: [2]"));

        assertThatThrownBy(() -> StrictModel.unmarshal(quoted)).hasMessageContaining("containerPort");
        assertThatThrownBy(() -> StrictModel.unmarshal(listInsteadOfNumber)).hasMessageContaining("replicas");
    }

    @Test
    void shouldRejectAKindWithoutModel() {
        JsonNode unknown = yaml("""
                apiVersion: example.org/v1
                kind: Widget
                metadata:
                  name: w
                """);

        assertThatThrownBy(() -> StrictModel.unmarshal(unknown))
                .hasMessageContaining("No model for example.org/v1 Widget");
    }

    @Test
    void shouldRejectAMisspeltFieldInACloudNativePgCluster() {
        assertThat(StrictModel.unmarshal(yaml(CLUSTER))).isInstanceOf(CnpgCluster.class);

        assertThatThrownBy(() -> StrictModel.unmarshal(yaml(CLUSTER.replace("instances: 3", "instance: 3"))))
                .hasMessageContaining("instance");
    }

    private static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
