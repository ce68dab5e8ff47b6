package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Container;
import io.summitry.postgres.LocalPostgres;

/**
 * What a pod does on a cluster, shown with the packaged people-service and the settings its prod manifest gives it
 * (the shutdown delay and timeout, Flyway's connection retries): it starts before its database and waits for it
 * instead of failing, and on SIGTERM (what the kubelet sends when a rollout or a drain removes the pod) it keeps
 * answering every request for the shutdown delay, with readiness DOWN, then exits within the grace period.
 */
class GracefulShutdownTest {
    private static final String APP = "people-service";
    private static final int CLIENTS = 4;
    /** Bounded load: at most this many requests per client. */
    private static final int MAX_REQUESTS_PER_CLIENT = 20_000;
    /** Stop the load this long before the delay ends: after it, the app closes its port, as it should. */
    private static final Duration SAFETY = Duration.ofSeconds(2);
    /** Requests answered before SIGTERM is sent, so that the shutdown meets a loaded, warm app. */
    private static final int WARM_UP_REQUESTS = 100;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldWaitForItsDatabaseThenDrainWithoutFailingARequest() throws Exception {
        Container manifest = ImagesTest.container(Overlay.PROD, APP);
        Duration delay = PodLifecycleTest.duration(PodLifecycleTest.env(manifest, "QUARKUS_SHUTDOWN_DELAY"));
        Duration timeout = PodLifecycleTest.duration(PodLifecycleTest.env(manifest, "QUARKUS_SHUTDOWN_TIMEOUT"));
        long grace = Workload.named(Overlay.PROD, APP).template().getSpec().getTerminationGracePeriodSeconds();
        int databasePort = freePort();
        int httpPort = freePort();
        Path log = Files.createTempFile("graceful-shutdown-" + APP, ".log");

        Process app = start(manifest, databasePort, httpPort, log);
        try {
            // The database comes later, as CloudNativePG's primary does after the service's pod has started.
            Thread.sleep(3_000);
            assertThat(app.isAlive()).as("%s gave up before its database came up: %s", APP, tail(log)).isTrue();
            try (LocalPostgres postgres = LocalPostgres.start(null, databasePort)) {
                postgres.createDatabaseIfAbsent("people");
                awaitReady(app, httpPort, log);

                URI people = URI.create("http://127.0.0.1:" + httpPort + "/people");
                URI ready = URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready");
                ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
                AtomicInteger answered = new AtomicInteger();
                AtomicInteger answeredAfterSigterm = new AtomicInteger();
                AtomicLong sigtermAt = new AtomicLong(Long.MAX_VALUE);
                AtomicLong stopAt = new AtomicLong(Long.MAX_VALUE);

                ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
                List<Future<?>> load = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    load.add(clients.submit(() -> {
                        for (int i = 0; i < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < stopAt.get(); i++) {
                            try {
                                HttpResponse<String> response = http.send(HttpRequest.newBuilder(people)
                                        .timeout(Duration.ofSeconds(10)).GET().build(),
                                        HttpResponse.BodyHandlers.ofString());
                                if (response.statusCode() != 200) {
                                    failures.add("HTTP " + response.statusCode());
                                } else {
                                    answered.incrementAndGet();
                                    if (System.nanoTime() > sigtermAt.get()) {
                                        answeredAfterSigterm.incrementAndGet();
                                    }
                                }
                            } catch (IOException e) {
                                failures.add(e.toString());
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                    }));
                }
                // Under way before SIGTERM: every client answered, the app warm (bounded wait).
                long warm = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (answered.get() < WARM_UP_REQUESTS && System.nanoTime() < warm && failures.isEmpty()) {
                    Thread.sleep(100);
                }
                int beforeSigterm = answered.get();
                assertThat(beforeSigterm).as("requests answered before SIGTERM (failures: %s)", failures)
                        .isGreaterThanOrEqualTo(WARM_UP_REQUESTS);
                stopAt.set(System.nanoTime() + delay.minus(SAFETY).toNanos());
                sigtermAt.set(System.nanoTime());
                app.destroy(); // SIGTERM, as the kubelet sends it
                Thread.sleep(1_500);
                int readiness = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
                for (Future<?> client : load) {
                    client.get(delay.toSeconds() + 30, TimeUnit.SECONDS);
                }
                clients.shutdown();
                boolean exited = app.waitFor(grace, TimeUnit.SECONDS);

                assertThat(failures).as("requests that failed during the shutdown delay (%s)", delay).isEmpty();
                assertThat(answeredAfterSigterm.get()).as("requests answered after SIGTERM").isGreaterThan(CLIENTS);
                assertThat(readiness).as("readiness during the shutdown delay: DOWN, so no new traffic comes")
                        .isEqualTo(503);
                assertThat(exited).as("%s exited within terminationGracePeriodSeconds (%d s; delay %s, timeout %s)",
                        APP, grace, delay, timeout).isTrue();
                System.out.printf("%s: %d requests answered before SIGTERM, %d after it (in %s of the %s delay), "
                        + "none failed%n", APP, beforeSigterm, answeredAfterSigterm.get(), delay.minus(SAFETY), delay);
            }
        } finally {
            app.destroyForcibly();
        }
    }

    private static Process start(Container manifest, int databasePort, int httpPort, Path log) throws IOException {
        Path jar = Project.root().resolve(APP).resolve("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).as("%s is not packaged: build deploy with the apps (`./mvnw -B verify`, or "
                + "`./mvnw -B -pl deploy -am verify`)", APP).exists();
        Map<String, String> env = new HashMap<>();
        // The prod manifest's own settings for start-up and shutdown.
        for (String name : List.of("QUARKUS_SHUTDOWN_DELAY", "QUARKUS_SHUTDOWN_TIMEOUT",
                "QUARKUS_FLYWAY_CONNECT_RETRIES", "QUARKUS_FLYWAY_CONNECT_RETRIES_INTERVAL", "QUARKUS_PROFILE")) {
            env.put(name, PodLifecycleTest.env(manifest, name));
        }
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + databasePort + "/people");
        env.put("QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    private void awaitReady(Process app, int httpPort, Path log) throws Exception {
        URI ready = URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("%s exited instead of waiting for its database: %s", APP, tail(log))
                    .isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still waiting for its database, or starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError(APP + " did not become ready in 180 s: " + tail(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
