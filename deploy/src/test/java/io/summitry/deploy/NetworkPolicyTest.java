package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.summitry.deploy.Reachability.Pod;

/**
 * Default deny; only the gateway reaches the services; only each service reaches its own database; Prometheus in a
 * labelled namespace scrapes, traces leave for a collector in a labelled namespace, and DNS resolves whatever the
 * cluster's DNS pods are labelled and with NodeLocal DNSCache; the apps reach the sign-in provider over HTTPS.
 */
class NetworkPolicyTest {
    private static final int HTTP_PROBE_PORT = 9999;
    private static final int POSTGRES = 5432;
    private static final int CNPG_METRICS = 9187;
    private static final Pod INTRUDER = new Pod("intruder", "default", Map.of("app", "intruder"), Map.of());
    /** Any controller, in a namespace the operator labelled summitry.io/ingress=true. */
    private static final Pod INGRESS_CONTROLLER = new Pod("traefik", "traefik",
            Map.of("app.kubernetes.io/name", "traefik"), Map.of());
    /** A Gateway API data plane (Envoy Gateway's proxies), its namespace labelled too. */
    private static final Pod GATEWAY_API_PROXY = new Pod("envoy-summitry", "envoy-gateway-system",
            Map.of("app.kubernetes.io/name", "envoy"), Map.of());
    /** A controller whose namespace nobody labelled: the name ingress-nginx no longer opens the door. */
    private static final Pod UNLABELLED_CONTROLLER = new Pod("ingress-nginx-controller", "ingress-nginx",
            Map.of("app.kubernetes.io/name", "ingress-nginx"), Map.of());
    private static final Pod PROMETHEUS = new Pod("prometheus-0", "monitoring",
            Map.of("app.kubernetes.io/name", "prometheus"), Map.of());
    private static final Pod UNLABELLED_PROMETHEUS = new Pod("prometheus-0", "unlabelled",
            Map.of("app.kubernetes.io/name", "prometheus"), Map.of());
    private static final Pod COLLECTOR = new Pod("otel-collector", "observability",
            Map.of("app.kubernetes.io/name", "opentelemetry-collector"), Map.of());
    private static final Pod UNLABELLED_COLLECTOR = new Pod("otel-collector", "unlabelled",
            Map.of("app.kubernetes.io/name", "opentelemetry-collector"), Map.of());
    private static final Pod KUBE_DNS = new Pod("coredns", "kube-system", Map.of("k8s-app", "kube-dns"), Map.of());
    /** CoreDNS as some distributions label it: not kube-dns. */
    private static final Pod OTHER_DNS = new Pod("coredns", "kube-system",
            Map.of("app.kubernetes.io/name", "coredns"), Map.of());
    /** NodeLocal DNSCache: host network, its default link-local address. */
    private static final Pod NODE_LOCAL_DNS = new Pod("node-local-dns", "", Map.of(), Map.of(), "169.254.20.10");
    private static final Pod DNS_ELSEWHERE = new Pod("dns", "default", Map.of("k8s-app", "kube-dns"), Map.of(),
            "10.96.0.99");
    private static final Pod INTERNET = new Pod("somewhere", "", Map.of(), Map.of(), "203.0.113.7");
    /** The provider editors sign in with, at its public address (Entra ID, Google, a hosted Keycloak). */
    private static final Pod ISSUER = new Pod("login.example.com", "", Map.of(), Map.of(), "198.51.100.20");
    /** A pod of the cluster, by address: "the outside" must not include it. */
    private static final Pod CLUSTER_ADDRESS = new Pod("some-pod", "", Map.of(), Map.of(), "10.244.1.17");
    /** Keycloak run in the cluster by its operator, in a namespace the operator labelled summitry.io/sign-in=true. */
    private static final Pod IN_CLUSTER_KEYCLOAK = new Pod("keycloak-0", "keycloak",
            Map.of("app", "keycloak"), Map.of());
    private static final Pod UNLABELLED_KEYCLOAK = new Pod("keycloak-0", "unlabelled",
            Map.of("app", "keycloak"), Map.of());
    private static final List<String> APPS = List.of("gateway", "people-service", "meetings-service");
    private static final int DNS = 53;
    private static final Pod STRAY = new Pod("stray", Reachability.NAMESPACE, Map.of("app", "debug"), Map.of());

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldDenyAllTrafficByDefault(Overlay overlay) {
        assertThat(overlay.all(NetworkPolicy.class)).anySatisfy(policy -> {
            assertThat(policy.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(policy.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
            assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(policy.getSpec().getIngress()).isNullOrEmpty();
            assertThat(policy.getSpec().getEgress()).isNullOrEmpty();
        });
        Reachability reach = reachability(overlay);
        Pod people = pod(overlay, "people-service");

        assertThat(reach.allows(STRAY, people, port(people))).as("a pod with no allowance reaches a service").isFalse();
        assertThat(reach.allows(people, STRAY, 8080)).as("a service reaches a pod with no allowance").isFalse();
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldLetOnlyTheGatewayReachTheServices(Overlay overlay) {
        Reachability reach = reachability(overlay);
        Pod gateway = pod(overlay, "gateway");
        Pod people = pod(overlay, "people-service");
        Pod meetings = pod(overlay, "meetings-service");

        assertThat(reach.allows(gateway, people, port(people))).as("gateway -> people-service").isTrue();
        assertThat(reach.allows(gateway, meetings, port(meetings))).as("gateway -> meetings-service").isTrue();
        assertThat(reach.allows(gateway, people, HTTP_PROBE_PORT)).as("gateway -> people-service, other port")
                .isFalse();
        assertThat(reach.allows(people, meetings, port(meetings))).as("people-service -> meetings-service").isFalse();
        assertThat(reach.allows(meetings, people, port(people))).as("meetings-service -> people-service").isFalse();
        assertThat(reach.allows(people, gateway, port(gateway))).as("people-service -> gateway").isFalse();
        assertThat(reach.allows(INTRUDER, people, port(people))).as("other namespace -> people-service").isFalse();
        assertThat(reach.allows(INGRESS_CONTROLLER, meetings, port(meetings))).as("ingress -> meetings-service")
                .isFalse();
        assertThat(reach.allows(INTRUDER, gateway, port(gateway))).as("other namespace -> gateway").isFalse();
    }

    @Test
    void shouldExposeOnlyTheGatewayToTheIngressControllerInProd() {
        Reachability reach = reachability(Overlay.PROD);
        Pod gateway = pod(Overlay.PROD, "gateway");

        assertThat(reach.allows(INGRESS_CONTROLLER, gateway, port(gateway))).as("ingress controller -> gateway")
                .isTrue();
        assertThat(reach.allows(GATEWAY_API_PROXY, gateway, port(gateway))).as("Gateway API proxy -> gateway")
                .isTrue();
        assertThat(reach.allows(INGRESS_CONTROLLER, gateway, HTTP_PROBE_PORT)).isFalse();
        assertThat(reach.allows(UNLABELLED_CONTROLLER, gateway, port(gateway)))
                .as("controller in an unlabelled namespace -> gateway").isFalse();
    }

    @Test
    void shouldLetOnlyEachServiceReachItsOwnDatabaseInProd() {
        Reachability reach = reachability(Overlay.PROD);
        Pod gateway = pod(Overlay.PROD, "gateway");
        Pod people = pod(Overlay.PROD, "people-service");
        Pod meetings = pod(Overlay.PROD, "meetings-service");
        Pod peopleDb = cnpgInstance("people-db");
        Pod meetingsDb = cnpgInstance("meetings-db");

        assertThat(reach.allows(people, peopleDb, POSTGRES)).as("people-service -> people-db").isTrue();
        assertThat(reach.allows(meetings, meetingsDb, POSTGRES)).as("meetings-service -> meetings-db").isTrue();
        assertThat(reach.allows(people, meetingsDb, POSTGRES)).as("people-service -> meetings-db").isFalse();
        assertThat(reach.allows(meetings, peopleDb, POSTGRES)).as("meetings-service -> people-db").isFalse();
        assertThat(reach.allows(gateway, peopleDb, POSTGRES)).as("gateway -> people-db").isFalse();
        assertThat(reach.allows(gateway, meetingsDb, POSTGRES)).as("gateway -> meetings-db").isFalse();
        assertThat(reach.allows(INTRUDER, peopleDb, POSTGRES)).as("other namespace -> people-db").isFalse();
        assertThat(reach.allows(peopleDb, meetingsDb, POSTGRES)).as("people-db -> meetings-db").isFalse();
    }

    @Test
    void shouldLetTheOperatorAndReplicasReachTheDatabasesInProd() {
        Reachability reach = reachability(Overlay.PROD);
        Pod operator = new Pod("cnpg-controller-manager", "cnpg-system",
                Map.of("app.kubernetes.io/name", "cloudnative-pg"), Map.of());
        Pod peopleDb = cnpgInstance("people-db");
        Pod peopleReplica = cnpgInstance("people-db");

        assertThat(reach.allows(operator, peopleDb, 8000)).as("operator -> instance status").isTrue();
        assertThat(reach.allows(operator, peopleDb, POSTGRES)).as("operator -> instance").isTrue();
        assertThat(reach.allows(peopleReplica, peopleDb, POSTGRES)).as("replica -> primary").isTrue();
    }

    @Test
    void shouldLetOnlyTheServicesReachPostgresInDev() {
        Reachability reach = reachability(Overlay.DEV);
        Pod postgres = pod(Overlay.DEV, "postgres");

        assertThat(reach.allows(pod(Overlay.DEV, "people-service"), postgres, POSTGRES)).isTrue();
        assertThat(reach.allows(pod(Overlay.DEV, "meetings-service"), postgres, POSTGRES)).isTrue();
        assertThat(reach.allows(pod(Overlay.DEV, "gateway"), postgres, POSTGRES)).isFalse();
        assertThat(reach.allows(INTRUDER, postgres, POSTGRES)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldLetOnlyALabelledMonitoringNamespaceScrapeTheApps(Overlay overlay) {
        Reachability reach = reachability(overlay);
        for (String app : APPS) {
            Pod pod = pod(overlay, app);
            assertThat(reach.allows(PROMETHEUS, pod, port(pod))).as("monitoring -> %s /q/metrics", app).isTrue();
            assertThat(reach.allows(PROMETHEUS, pod, HTTP_PROBE_PORT)).as("monitoring -> %s other port", app)
                    .isFalse();
            assertThat(reach.allows(UNLABELLED_PROMETHEUS, pod, port(pod)))
                    .as("unlabelled namespace -> %s", app).isFalse();
        }
    }

    @Test
    void shouldLetOnlyALabelledMonitoringNamespaceScrapeTheDatabasesInProd() {
        Reachability reach = reachability(Overlay.PROD);
        for (String cluster : List.of("people-db", "meetings-db")) {
            Pod instance = cnpgInstance(cluster);
            assertThat(reach.allows(PROMETHEUS, instance, CNPG_METRICS)).as("monitoring -> %s metrics", cluster)
                    .isTrue();
            assertThat(reach.allows(PROMETHEUS, instance, POSTGRES)).as("monitoring -> %s postgres", cluster)
                    .isFalse();
            assertThat(reach.allows(UNLABELLED_PROMETHEUS, instance, CNPG_METRICS))
                    .as("unlabelled namespace -> %s metrics", cluster).isFalse();
        }
    }

    /**
     * What the instances send out: replication to their own cluster, WAL and base backups to the object store and
     * status to the API server (HTTPS at an address that differs per cluster, so any address on 443/6443), and
     * nothing else: not to the apps, not to the other cluster, not to other ports outside.
     */
    @Test
    void shouldLetTheDatabasesReachOnlyTheirReplicasTheObjectStoreAndTheApiServerInProd() {
        Reachability reach = reachability(Overlay.PROD);
        Pod objectStore = new Pod("s3", "", Map.of(), Map.of(), "52.95.0.10");
        Pod apiServer = new Pod("kube-apiserver", "", Map.of(), Map.of(), "10.96.0.1");
        Pod people = pod(Overlay.PROD, "people-service");
        for (String cluster : List.of("people-db", "meetings-db")) {
            Pod instance = cnpgInstance(cluster);
            Pod other = cnpgInstance(cluster.equals("people-db") ? "meetings-db" : "people-db");

            assertThat(reach.allows(instance, cnpgInstance(cluster), POSTGRES)).as("%s -> its replicas", cluster)
                    .isTrue();
            assertThat(reach.allows(instance, objectStore, 443)).as("%s -> object store", cluster).isTrue();
            assertThat(reach.allows(instance, apiServer, 443)).as("%s -> API server", cluster).isTrue();
            assertThat(reach.allows(instance, apiServer, 6443)).as("%s -> API server 6443", cluster).isTrue();
            assertThat(reach.allows(instance, objectStore, 80)).as("%s -> plain HTTP outside", cluster).isFalse();
            assertThat(reach.allows(instance, INTERNET, POSTGRES)).as("%s -> PostgreSQL outside", cluster)
                    .isFalse();
            assertThat(reach.allows(instance, other, POSTGRES)).as("%s -> the other cluster", cluster).isFalse();
            assertThat(reach.allows(instance, people, port(people))).as("%s -> an app", cluster).isFalse();
            assertThat(reach.allows(instance, objectStore, "UDP", 443)).as("%s -> UDP 443 outside", cluster)
                    .isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldLetTheAppsExportTracesOnlyToALabelledCollectorNamespace(Overlay overlay) {
        Reachability reach = reachability(overlay);
        for (String app : APPS) {
            Pod pod = pod(overlay, app);
            assertThat(reach.allows(pod, COLLECTOR, 4317)).as("%s -> collector OTLP/gRPC", app).isTrue();
            assertThat(reach.allows(pod, COLLECTOR, 4318)).as("%s -> collector OTLP/HTTP", app).isTrue();
            assertThat(reach.allows(pod, COLLECTOR, 8888)).as("%s -> collector other port", app).isFalse();
            assertThat(reach.allows(pod, UNLABELLED_COLLECTOR, 4317)).as("%s -> unlabelled namespace", app)
                    .isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldLetTheAppsReachTheSignInProviderOverHttpsOnly(Overlay overlay) {
        assertThat(overlay.all(NetworkPolicy.class)).extracting(policy -> policy.getMetadata().getName())
                .contains("apps-to-issuer");
        Reachability reach = reachability(overlay);
        for (String app : APPS) {
            Pod pod = pod(overlay, app);
            assertThat(reach.allows(pod, ISSUER, 443)).as("%s -> issuer over HTTPS", app).isTrue();
            assertThat(reach.allows(pod, ISSUER, 80)).as("%s -> issuer over plain HTTP", app).isFalse();
            assertThat(reach.allows(pod, ISSUER, "UDP", 443)).as("%s -> UDP 443 outside", app).isFalse();
            assertThat(reach.allows(pod, CLUSTER_ADDRESS, 443)).as("%s -> a private address on 443", app).isFalse();
            assertThat(reach.allows(pod, IN_CLUSTER_KEYCLOAK, 8443)).as("%s -> Keycloak in a labelled namespace", app)
                    .isTrue();
            assertThat(reach.allows(pod, IN_CLUSTER_KEYCLOAK, 443)).as("%s -> Keycloak on 443", app).isTrue();
            assertThat(reach.allows(pod, IN_CLUSTER_KEYCLOAK, 8080)).as("%s -> Keycloak over plain HTTP", app)
                    .isFalse();
            assertThat(reach.allows(pod, UNLABELLED_KEYCLOAK, 8443)).as("%s -> unlabelled namespace", app).isFalse();
        }
        Pod stray = new Pod("stray", Reachability.NAMESPACE, Map.of("app", "debug"), Map.of(), "10.244.1.99");
        assertThat(reach.allows(stray, ISSUER, 443)).as("a pod that is not an app -> the issuer").isFalse();
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldResolveNamesWhateverTheClusterDnsIsLabelled(Overlay overlay) {
        Reachability reach = reachability(overlay);
        List<Pod> pods = new java.util.ArrayList<>(APPS.stream().map(app -> pod(overlay, app)).toList());
        if (overlay == Overlay.PROD) {
            pods.add(cnpgInstance("people-db"));
        } else {
            pods.add(pod(overlay, "postgres"));
        }
        assertThat(pods).hasSize(4);
        for (Pod pod : pods) {
            for (Pod dns : List.of(KUBE_DNS, OTHER_DNS, NODE_LOCAL_DNS)) {
                assertThat(reach.allows(pod, dns, "UDP", DNS)).as("%s -> %s over UDP (every lookup starts there)",
                        pod.name(), dns.name()).isTrue();
            }
            assertThat(reach.allows(pod, INTERNET, "UDP", DNS)).as("%s -> UDP 53 on the internet", pod.name())
                    .isFalse();
            assertThat(reach.allows(pod, KUBE_DNS, "UDP", 5353)).as("%s -> kube-system, UDP not DNS", pod.name())
                    .isFalse();
            assertThat(reach.allows(pod, KUBE_DNS, DNS)).as("%s -> kube-dns", pod.name()).isTrue();
            assertThat(reach.allows(pod, OTHER_DNS, DNS)).as("%s -> CoreDNS otherwise labelled", pod.name())
                    .isTrue();
            assertThat(reach.allows(pod, NODE_LOCAL_DNS, DNS)).as("%s -> NodeLocal DNSCache", pod.name()).isTrue();
            assertThat(reach.allows(pod, DNS_ELSEWHERE, DNS)).as("%s -> port 53 in another namespace", pod.name())
                    .isFalse();
            assertThat(reach.allows(pod, INTERNET, DNS)).as("%s -> port 53 on the internet", pod.name()).isFalse();
            assertThat(reach.allows(pod, KUBE_DNS, 8080)).as("%s -> kube-system, not DNS", pod.name()).isFalse();
        }
    }

    private static Reachability reachability(Overlay overlay) {
        Map<String, Map<String, String>> namespaces = new HashMap<>();
        for (Namespace namespace : overlay.all(Namespace.class)) {
            Map<String, String> labels = new HashMap<>(namespace.getMetadata().getLabels());
            labels.put("kubernetes.io/metadata.name", namespace.getMetadata().getName());
            namespaces.put(namespace.getMetadata().getName(), labels);
        }
        for (String other : List.of("default", "ingress-nginx", "cnpg-system", "kube-system", "unlabelled")) {
            namespaces.put(other, Map.of("kubernetes.io/metadata.name", other));
        }
        for (String edge : List.of("traefik", "envoy-gateway-system")) {
            namespaces.put(edge, Map.of("kubernetes.io/metadata.name", edge, "summitry.io/ingress", "true"));
        }
        namespaces.put("keycloak", Map.of("kubernetes.io/metadata.name", "keycloak", "summitry.io/sign-in", "true"));
        namespaces.put("monitoring", Map.of("kubernetes.io/metadata.name", "monitoring",
                "summitry.io/monitoring", "true"));
        namespaces.put("observability", Map.of("kubernetes.io/metadata.name", "observability",
                "summitry.io/telemetry", "true"));
        return new Reachability(overlay.all(NetworkPolicy.class), namespaces);
    }

    private static Pod pod(Overlay overlay, String workload) {
        var template = Workload.named(overlay, workload).template();
        Map<String, Integer> ports = new HashMap<>();
        template.getSpec().getContainers().forEach(container -> {
            for (ContainerPort port : container.getPorts()) {
                if (port.getName() != null) {
                    ports.put(port.getName(), port.getContainerPort());
                }
            }
        });
        return new Pod(workload, Reachability.NAMESPACE, template.getMetadata().getLabels(), ports);
    }

    /** Labels the CloudNativePG operator puts on every instance pod of a cluster. */
    private static Pod cnpgInstance(String cluster) {
        return new Pod(cluster + "-1", Reachability.NAMESPACE,
                Map.of("cnpg.io/cluster", cluster, "cnpg.io/podRole", "instance"),
                Map.of("postgresql", POSTGRES, "metrics", CNPG_METRICS));
    }

    private static int port(Pod pod) {
        return pod.namedPorts().get("http");
    }
}
