package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Start-up, rollout and shutdown of every app pod: it waits for its database instead of crash-looping, a rollout
 * never has fewer ready pods than wanted, and a terminating pod keeps serving until the endpoint removal has
 * spread, then finishes its requests before the kubelet kills it. GracefulShutdownTest shows the app doing so.
 */
class PodLifecycleTest {
    private static final List<String> APPS = List.of("gateway", "people-service", "meetings-service");
    private static final List<String> SERVICES = List.of("people-service", "meetings-service");
    /** Seconds between the app's shutdown timeout and the kubelet's SIGKILL. */
    private static final int KILL_MARGIN = 5;
    /** Seconds left for a service to migrate and start once its database answers, after Flyway's last retry. */
    private static final int START_AFTER_DATABASE = 60;

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldKeepServingWithReadinessDownLongEnoughForTheEndpointRemovalToSpread(Overlay overlay) {
        for (String app : APPS) {
            Container container = ImagesTest.container(overlay, app);
            Duration delay = duration(env(container, "QUARKUS_SHUTDOWN_DELAY"));
            Probe readiness = container.getReadinessProbe();

            assertThat(Project.applicationProperties(app).getProperty("quarkus.shutdown.delay-enabled"))
                    .as("%s: quarkus.shutdown.delay-enabled (build time), without which the delay is ignored", app)
                    .isEqualTo("true");
            assertThat(delay.toSeconds())
                    .as("%s shutdown delay covers two failed readiness probes (period %ds x %d)", app,
                            readiness.getPeriodSeconds(), readiness.getFailureThreshold())
                    .isGreaterThanOrEqualTo((long) readiness.getPeriodSeconds() * readiness.getFailureThreshold());
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldLetInFlightRequestsFinishBeforeTheKubeletKillsThePod(Overlay overlay) {
        for (String app : APPS) {
            Workload workload = Workload.named(overlay, app);
            Container container = ImagesTest.container(overlay, app);
            long delay = duration(env(container, "QUARKUS_SHUTDOWN_DELAY")).toSeconds();
            long timeout = duration(env(container, "QUARKUS_SHUTDOWN_TIMEOUT")).toSeconds();

            assertThat(workload.template().getSpec().getTerminationGracePeriodSeconds())
                    .as("%s terminationGracePeriodSeconds >= shutdown delay %ds + timeout %ds + %ds", app, delay,
                            timeout, KILL_MARGIN)
                    .isGreaterThanOrEqualTo(delay + timeout + KILL_MARGIN);
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldRollOutWithoutLosingAReadyPod(Overlay overlay) {
        for (Deployment deployment : overlay.all(Deployment.class)) {
            var strategy = deployment.getSpec().getStrategy();
            String what = "Deployment " + deployment.getMetadata().getName();
            assertThat(strategy.getType()).as(what).isEqualTo("RollingUpdate");
            assertThat(count(strategy.getRollingUpdate().getMaxUnavailable(), what + " maxUnavailable"))
                    .as("%s maxUnavailable", what).isZero();
            assertThat(count(strategy.getRollingUpdate().getMaxSurge(), what + " maxSurge"))
                    .as("%s maxSurge", what).isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldWaitForTheDatabaseLongerThanFlywayRetriesInsteadOfCrashLooping(Overlay overlay) {
        for (String service : SERVICES) {
            Container container = ImagesTest.container(overlay, service);
            int retries = Integer.parseInt(env(container, "QUARKUS_FLYWAY_CONNECT_RETRIES"));
            long interval = duration(env(container, "QUARKUS_FLYWAY_CONNECT_RETRIES_INTERVAL")).toSeconds();
            Probe startup = container.getStartupProbe();
            long probeBudget = startup.getInitialDelaySeconds()
                    + (long) startup.getPeriodSeconds() * startup.getFailureThreshold();

            assertThat(retries).as("%s Flyway connect retries", service).isGreaterThanOrEqualTo(10);
            assertThat(probeBudget)
                    .as("%s startup probe budget covers Flyway's %d retries (%d s) plus a start", service, retries,
                            flywayRetryBudget(retries, interval))
                    .isGreaterThanOrEqualTo(flywayRetryBudget(retries, interval) + START_AFTER_DATABASE);
        }
    }

    /** An int-or-string as the API server takes it: a number, or a string that is a percentage. */
    private static int count(IntOrString value, String what) {
        if (value.getIntVal() != null) {
            return value.getIntVal();
        }
        assertThat(value.getStrVal()).as("%s: the API server rejects a string that is not a percentage", what)
                .matches("\\d+%");
        return Integer.parseInt(value.getStrVal().replace("%", ""));
    }

    /** Flyway waits 1 s before its first retry and doubles the wait up to the interval. */
    static long flywayRetryBudget(int retries, long interval) {
        long total = 0;
        long wait = 1;
        for (int i = 0; i < retries; i++) {
            total += Math.min(wait, interval);
            wait *= 2;
        }
        return total;
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void shouldSpreadEveryDeploymentsPodsOverNodesAndZones(Overlay overlay) {
        for (Deployment deployment : overlay.all(Deployment.class)) {
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            Map<String, TopologySpreadConstraint> byKey = constraints(deployment);
            String what = "Deployment " + deployment.getMetadata().getName();

            assertThat(byKey).as(what).containsKeys("kubernetes.io/hostname", "topology.kubernetes.io/zone");
            byKey.values().forEach(constraint -> {
                assertThat(constraint.getMaxSkew()).as(what).isEqualTo(1);
                assertThat(Reachability.matches(constraint.getLabelSelector(), labels))
                        .as("%s: the spread counts its own pods", what).isTrue();
                boolean ownAppOnly = constraint.getLabelSelector().getMatchLabels() != null
                        && constraint.getLabelSelector().getMatchLabels().containsKey("app.kubernetes.io/name")
                        || constraint.getMatchLabelKeys() != null
                                && constraint.getMatchLabelKeys().contains("app.kubernetes.io/name");
                assertThat(ownAppOnly).as("%s: the spread counts only this app's pods", what).isTrue();
            });
        }
    }

    @Test
    void shouldNeverPutTwoReplicasOnOneNodeWhileAnotherCanTakeOneInProd() {
        for (Deployment deployment : Overlay.PROD.all(Deployment.class)) {
            TopologySpreadConstraint byNode = constraints(deployment).get("kubernetes.io/hostname");
            assertThat(byNode.getWhenUnsatisfiable()).as("Deployment %s", deployment.getMetadata().getName())
                    .isEqualTo("DoNotSchedule");
            assertThat(byNode.getNodeTaintsPolicy())
                    .as("cordoned nodes left out of the count, so a drain does not strand pods").isEqualTo("Honor");
        }
    }

    private static Map<String, TopologySpreadConstraint> constraints(Deployment deployment) {
        List<TopologySpreadConstraint> all = deployment.getSpec().getTemplate().getSpec()
                .getTopologySpreadConstraints();
        assertThat(all).as("Deployment %s topologySpreadConstraints", deployment.getMetadata().getName())
                .isNotEmpty();
        return all.stream().collect(Collectors.toMap(TopologySpreadConstraint::getTopologyKey, c -> c));
    }

    static String env(Container container, String name) {
        return container.getEnv().stream()
                .filter(e -> e.getName().equals(name))
                .map(EnvVar::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " sets no " + name));
    }

    /** Quarkus durations as the manifests give them: 10 (seconds), 10s, 2m, 1h, or ISO-8601. */
    static Duration duration(String value) {
        if (value.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        if (value.matches("\\d+[smh]")) {
            return Duration.parse("PT" + value.toUpperCase());
        }
        return Duration.parse(value);
    }
}
