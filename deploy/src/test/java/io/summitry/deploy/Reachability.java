package io.summitry.deploy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Evaluates NetworkPolicies the way the Kubernetes API defines them: a connection passes when the source's egress
 * and the destination's ingress both allow it; a pod no policy selects for a direction is open in that direction.
 */
final class Reachability {
    static final String NAMESPACE = "summitry";

    private final List<NetworkPolicy> policies;
    private final Map<String, Map<String, String>> namespaceLabels;

    Reachability(List<NetworkPolicy> policies, Map<String, Map<String, String>> namespaceLabels) {
        this.policies = policies;
        this.namespaceLabels = namespaceLabels;
    }

    /**
     * A pod: its namespace, labels, named container ports and, for ipBlock peers, its address (null when no ipBlock
     * should match it; host-network endpoints such as NodeLocal DNSCache have an address and no labels).
     */
    record Pod(String name, String namespace, Map<String, String> labels, Map<String, Integer> namedPorts, String ip) {
        Pod(String name, String namespace, Map<String, String> labels, Map<String, Integer> namedPorts) {
            this(name, namespace, labels, namedPorts, null);
        }
    }

    /** A TCP connection. */
    boolean allows(Pod from, Pod to, int port) {
        return allows(from, to, "TCP", port);
    }

    /** A connection (TCP) or datagram (UDP) from one pod to another's port. */
    boolean allows(Pod from, Pod to, String protocol, int port) {
        return egressAllows(from, to, protocol, port) && ingressAllows(from, to, protocol, port);
    }

    private boolean egressAllows(Pod from, Pod to, String protocol, int port) {
        if (!from.namespace().equals(NAMESPACE)) {
            return true;
        }
        List<NetworkPolicy> selecting = selecting(from, "Egress");
        return selecting.isEmpty() || selecting.stream()
                .flatMap(policy -> Optional.ofNullable(policy.getSpec().getEgress()).orElse(List.of()).stream())
                .anyMatch(rule -> peersMatch(rule.getTo(), to) && portsMatch(rule.getPorts(), to, protocol, port));
    }

    private boolean ingressAllows(Pod from, Pod to, String protocol, int port) {
        if (!to.namespace().equals(NAMESPACE)) {
            return true;
        }
        List<NetworkPolicy> selecting = selecting(to, "Ingress");
        return selecting.isEmpty() || selecting.stream()
                .flatMap(policy -> Optional.ofNullable(policy.getSpec().getIngress()).orElse(List.of()).stream())
                .anyMatch(rule -> peersMatch(rule.getFrom(), from) && portsMatch(rule.getPorts(), to, protocol, port));
    }

    private List<NetworkPolicy> selecting(Pod pod, String direction) {
        return policies.stream()
                .filter(policy -> types(policy).contains(direction))
                .filter(policy -> matches(policy.getSpec().getPodSelector(), pod.labels()))
                .toList();
    }

    private static List<String> types(NetworkPolicy policy) {
        List<String> types = policy.getSpec().getPolicyTypes();
        if (types != null && !types.isEmpty()) {
            return types;
        }
        // The API's default: Ingress always, Egress when the policy has egress rules.
        return policy.getSpec().getEgress() == null || policy.getSpec().getEgress().isEmpty()
                ? List.of("Ingress") : List.of("Ingress", "Egress");
    }

    private boolean peersMatch(List<NetworkPolicyPeer> peers, Pod pod) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        return peers.stream().anyMatch(peer -> peerMatches(peer, pod));
    }

    private boolean peerMatches(NetworkPolicyPeer peer, Pod pod) {
        if (peer.getIpBlock() != null) {
            IPBlock block = peer.getIpBlock();
            return pod.ip() != null && inCidr(pod.ip(), block.getCidr())
                    && Optional.ofNullable(block.getExcept()).orElse(List.of()).stream()
                            .noneMatch(except -> inCidr(pod.ip(), except));
        }
        boolean namespaceOk = peer.getNamespaceSelector() == null
                ? pod.namespace().equals(NAMESPACE)
                : matches(peer.getNamespaceSelector(), namespaceLabels.getOrDefault(pod.namespace(), Map.of()));
        boolean podOk = peer.getPodSelector() == null || matches(peer.getPodSelector(), pod.labels());
        return namespaceOk && podOk;
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, Pod to, String protocol, int port) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        return ports.stream().anyMatch(rule -> {
            // The API's default protocol is TCP.
            if (!Objects.equals(rule.getProtocol() == null ? "TCP" : rule.getProtocol(), protocol)) {
                return false;
            }
            IntOrString value = rule.getPort();
            if (value == null) {
                return true;
            }
            if (value.getIntVal() != null) {
                int end = rule.getEndPort() == null ? value.getIntVal() : rule.getEndPort();
                return port >= value.getIntVal() && port <= end;
            }
            return Objects.equals(to.namedPorts().get(value.getStrVal()), port);
        });
    }

    /** IPv4 only, which is all the policies here name. */
    static boolean inCidr(String ip, String cidr) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (ipv4(ip) & mask) == (ipv4(parts[0]) & mask);
    }

    private static long ipv4(String address) {
        long value = 0;
        for (String octet : address.split("\\.")) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        return value;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        Map<String, String> required = Optional.ofNullable(selector.getMatchLabels()).orElse(Map.of());
        for (Map.Entry<String, String> entry : required.entrySet()) {
            if (!entry.getValue().equals(labels.get(entry.getKey()))) {
                return false;
            }
        }
        List<LabelSelectorRequirement> expressions =
                Optional.ofNullable(selector.getMatchExpressions()).orElse(List.of());
        for (LabelSelectorRequirement requirement : expressions) {
            String value = labels.get(requirement.getKey());
            boolean ok = switch (requirement.getOperator()) {
                case "In" -> value != null && requirement.getValues().contains(value);
                case "NotIn" -> value == null || !requirement.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("Unknown operator " + requirement.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
