package io.summitry.bench.measure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Summitry's gateway started for the bench: pinned to a core from its first instruction and with the JIT at full
 * strength (LocalStack's laptop flags stop at C1, which would handicap it against the peer's V8).
 */
final class GatewayProcess implements AutoCloseable {

    static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");

    private final Process process;
    private final URI base;
    private final long readyMillis;

    private GatewayProcess(Process process, URI base, long readyMillis) {
        this.process = process;
        this.base = base;
        this.readyMillis = readyMillis;
    }

    static GatewayProcess start(Path root, int port, URI people, URI meetings, int cpu, Path log) throws Exception {
        return start(root, port, people, meetings, cpu, log, Map.of());
    }

    /**
     * @param settings extra environment, e.g. the JWT key that verifies the editor token of mutations, or a
     *        {@code SUMMITRY_RESPONSE_CACHE_ENABLED=false} for an uncached replica
     */
    static GatewayProcess start(Path root, int port, URI people, URI meetings, int cpu, Path log,
            Map<String, String> settings) throws Exception {
        List<String> command = new ArrayList<>(List.of("taskset", "-c", Integer.toString(cpu),
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", root.resolve("gateway/target/quarkus-app/quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.resolve("gateway").toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("QUARKUS_HTTP_HOST", "127.0.0.1", "QUARKUS_HTTP_PORT",
                Integer.toString(port), "QUARKUS_REST_CLIENT_PEOPLE_URL", people.toString(),
                "QUARKUS_REST_CLIENT_MEETINGS_URL", meetings.toString()));
        builder.environment().putAll(settings);
        long start = System.nanoTime();
        Process process = builder.start();
        URI base = URI.create("http://127.0.0.1:" + port);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The gateway exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // keep polling
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("The gateway was not ready in 90 s; see " + log);
            }
            Thread.sleep(50);
        }
        return new GatewayProcess(process, base, (System.nanoTime() - start) / 1_000_000);
    }

    URI graphql() {
        return base.resolve("/graphql");
    }

    long pid() {
        return process.pid();
    }

    long readyMillis() {
        return readyMillis;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
