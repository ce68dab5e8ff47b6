package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPPathMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;

/**
 * The public edge, in the three forms an operator picks by the overlay applied: an Ingress for any controller
 * (overlays/prod), the same with cert-manager issuing its certificate (overlays/prod-cert-manager), or a Gateway API
 * HTTPRoute (overlays/prod-gateway-api). Each takes its values from site/site.env and changes nothing but the edge.
 */
class EdgeTest {
    private static final String CERT_MANAGER = "overlays/prod-cert-manager";
    private static final String GATEWAY_API = "overlays/prod-gateway-api";

    @Test
    void shouldAnnotateTheIngressForCertManagerWithTheSitesIssuer() {
        Ingress ingress = one(CERT_MANAGER, Ingress.class);
        Properties site = Project.site();

        assertThat(ingress.getMetadata().getAnnotations())
                .containsEntry("cert-manager.io/cluster-issuer", site.getProperty("clusterIssuer"));
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getSecretName()).as("the secret cert-manager fills").isEqualTo(site.getProperty("tlsSecret"));
            assertThat(tls.getHosts()).containsExactly(site.getProperty("host"));
        });
        assertThat(Overlay.PROD.one(Ingress.class, "gateway").getMetadata().getAnnotations())
                .as("overlays/prod leaves the certificate to the operator").isNullOrEmpty();
    }

    @Test
    void shouldRouteTheSamePathsThroughTheSitesGatewayWithTheGatewayApi() {
        HTTPRoute route = one(GATEWAY_API, HTTPRoute.class);
        Properties site = Project.site();
        Ingress ingress = Overlay.PROD.one(Ingress.class, "gateway");

        assertThat(kinds(GATEWAY_API)).as("no Ingress beside the route").doesNotContain("Ingress");
        assertThat(route.getMetadata().getNamespace()).isEqualTo(Reachability.NAMESPACE);
        assertThat(route.getSpec().getParentRefs()).singleElement().satisfies(parent -> {
            assertThat(parent.getName()).isEqualTo(site.getProperty("gatewayName"));
            assertThat(parent.getNamespace()).isEqualTo(site.getProperty("gatewayNamespace"));
        });
        assertThat(route.getSpec().getHostnames()).containsExactly(site.getProperty("host"));
        assertThat(route.getSpec().getRules()).singleElement().satisfies(rule -> {
            assertThat(rule.getBackendRefs()).singleElement().satisfies(backend -> {
                assertThat(backend.getName()).isEqualTo("gateway");
                assertThat(backend.getPort()).as("the gateway Service's port")
                        .isEqualTo(Overlay.PROD.one(io.fabric8.kubernetes.api.model.Service.class, "gateway")
                                .getSpec().getPorts().get(0).getPort());
            });
            List<String> routed = rule.getMatches().stream().map(match -> describe(match.getPath())).toList();
            List<String> ingressed = ingress.getSpec().getRules().get(0).getHttp().getPaths().stream()
                    .map(EdgeTest::describe).toList();
            assertThat(routed).as("the Ingress's paths").containsExactlyInAnyOrderElementsOf(ingressed);
        });
    }

    @Test
    void shouldChangeNothingButTheEdge() {
        List<String> prod = names("overlays/prod");
        assertThat(names(CERT_MANAGER)).isEqualTo(prod);
        assertThat(names(GATEWAY_API)).containsExactlyElementsOf(prod.stream()
                .map(name -> name.equals("Ingress gateway") ? "HTTPRoute gateway" : name).sorted().toList());
    }

    private static String describe(HTTPPathMatch path) {
        return (path.getType().equals("PathPrefix") ? "Prefix" : path.getType()) + " " + path.getValue();
    }

    private static String describe(HTTPIngressPath path) {
        return path.getPathType() + " " + path.getPath();
    }

    private static <T> T one(String kustomization, Class<T> type) {
        List<Object> matching = Overlay.rendered(kustomization).stream().map(StrictModel::unmarshal)
                .filter(type::isInstance).map(Object.class::cast).toList();
        assertThat(matching).as("%s in %s", type.getSimpleName(), kustomization).hasSize(1);
        return type.cast(matching.get(0));
    }

    private static List<String> kinds(String kustomization) {
        return Overlay.rendered(kustomization).stream().map(o -> o.path("kind").asText()).toList();
    }

    private static List<String> names(String kustomization) {
        return Overlay.rendered(kustomization).stream().map(EdgeTest::name).sorted().toList();
    }

    private static String name(JsonNode object) {
        return object.path("kind").asText() + " " + object.path("metadata").path("name").asText();
    }
}
