package io.summitry.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The README's first command, run as a newcomer runs it: {@code ./summitry} in a fresh clone of this repository's
 * committed state ({@code HEAD}: uncommitted changes are not part of this test), with none of Summitry's own
 * artifacts in the local Maven repository (a repository that links to the real one's entries, except
 * {@code io/summitry}), an empty PostgreSQL binaries cache and ports of its own. The command must build what it
 * needs, print that Summitry is up, answer a query from the seed, and leave nothing listening or running after
 * Ctrl-C; and a start killed while it extracts the PostgreSQL binaries must not break the next one.
 * <p>
 * Slow by nature (it builds the project once more inside the clone), so every wait is bounded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunFromACleanCloneTest {

    static final Path ROOT = Path.of(System.getProperty("summitry.root", "..")).toAbsolutePath().normalize();
    static final Path MAVEN_REPOSITORY = Path.of(System.getProperty("summitry.maven.repository",
            System.getProperty("user.home") + "/.m2/repository"));
    // the first start builds every module in the clone; on a busy two-core machine that takes many minutes
    static final Duration FIRST_START = Duration.ofMinutes(30);
    static final Duration LATER_START = Duration.ofMinutes(6);
    static final Duration STOP = Duration.ofSeconds(90);
    static final Pattern POSTGRES_PORT = Pattern.compile("jdbc:postgresql://127\\.0\\.0\\.1:(\\d+)/people");
    static final String SEED_QUERY = "{ series(slug: \"defense-trilateral-talks\") { acronym meetings { ordinal } } }";

    Path work;
    Path clone;
    Path mavenRepository;
    final List<Command> started = new ArrayList<>();

    @BeforeAll
    void cloneTheCommittedStateWithoutSummitrysArtifacts() throws Exception {
        work = Files.createTempDirectory("summitry-first-run");
        clone = work.resolve("summitry");
        String head = run(ROOT, "git", "rev-parse", "HEAD").strip();
        if (!run(ROOT, "git", "status", "--porcelain", "--untracked-files=no").isBlank()) {
            System.out.println("FirstRunFromACleanCloneTest: the working tree has uncommitted changes; this test runs "
                    + "the committed state " + head);
        }
        run(work, "git", "clone", "--quiet", "--local", "--no-checkout", ROOT.toString(), clone.toString());
        run(clone, "git", "checkout", "--quiet", "--detach", head);

        mavenRepository = linkedRepositoryWithout(work.resolve("m2"), "io/summitry");
        assertThat(mavenRepository.resolve("io/summitry")).doesNotExist();
    }

    @AfterAll
    void stopWhatIsLeftAndDeleteTheClone() throws IOException {
        for (Command command : started) {
            command.kill();
        }
        if (work != null) {
            // walk does not follow links, so the real Maven repository behind them is left alone
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void shouldBuildStartAnswerAndStopCleanlyOnTheFirstTry() throws Exception {
        Path cache = work.resolve("postgres-binaries-first");
        Command summitry = start(cache);

        summitry.awaitOutput("Summitry is up", FIRST_START);
        summitry.report("first start, build included");

        assertThat(summitry.output()).contains("Building Summitry");
        assertThat(Files.list(cache).filter(p -> p.getFileName().toString().startsWith("PG-")).count())
                .as("the binaries were extracted into the empty cache").isEqualTo(1);
        assertSeedAnswered(summitry);
        assertStopsCleanlyOnSigint(summitry);
    }

    @Test
    @Order(2)
    void shouldStartAfterAStartKilledWhileExtractingPostgres() throws Exception {
        Path cache = work.resolve("postgres-binaries-killed");
        Command killed = start(cache);
        killed.awaitPartialExtraction(cache, LATER_START);
        killed.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertNothingLeftBehind(killed, List.of());

        Command next = start(cache);
        next.awaitOutput("Summitry is up", LATER_START);
        next.report("start after one killed while extracting PostgreSQL");

        assertThat(next.output()).as("no second build when nothing changed").doesNotContain("Building Summitry");
        assertSeedAnswered(next);
        assertStopsCleanlyOnSigint(next);
    }

    Command start(Path cache) throws IOException {
        List<String> command = new ArrayList<>(List.of("./summitry", "--ready-timeout", "300"));
        int[] ports = freePorts(3);
        command.addAll(List.of("--gateway-port", Integer.toString(ports[0]), "--people-port",
                Integer.toString(ports[1]), "--meetings-port", Integer.toString(ports[2])));
        ProcessBuilder builder = new ProcessBuilder(command).directory(clone.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        // only what a newcomer's shell would have: nothing from this build's Maven or from a local Summitry setup
        env.keySet().removeIf(name -> name.startsWith("SUMMITRY_")
                || (name.startsWith("MAVEN_") && !name.equals("MAVEN_OPTS") && !name.equals("MAVEN_ARGS")));
        env.put("MAVEN_OPTS", (env.getOrDefault("MAVEN_OPTS", "") + " -Dmaven.repo.local=" + mavenRepository).strip());
        env.put("SUMMITRY_POSTGRES_CACHE", cache.toString());
        Path log = Files.createTempFile(work, "summitry", ".log");
        builder.redirectOutput(log.toFile());
        Command started = new Command(builder.start(), log, ports[0]);
        this.started.add(started);
        return started;
    }

    void assertSeedAnswered(Command summitry) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String body = new ObjectMapper().writeValueAsString(Map.of("query", SEED_QUERY));
        HttpResponse<String> response = http.send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + summitry.gatewayPort + "/graphql"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode series = new ObjectMapper().readTree(response.body()).path("data").path("series");
        assertThat(series.path("acronym").asText()).as(response.body()).isEqualTo("DTT");
        assertThat(series.path("meetings").findValuesAsText("ordinal")).containsExactly("15", "16");
    }

    void assertStopsCleanlyOnSigint(Command summitry) throws Exception {
        List<Integer> ports = summitry.listeningPorts();
        assertThat(ports).allSatisfy(port -> assertThat(listening(port)).as("port %d before Ctrl-C", port).isTrue());

        summitry.interrupt();

        assertThat(summitry.process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS))
                .as("the command ends after Ctrl-C; output:%n%s", summitry.tail()).isTrue();
        assertThat(summitry.output()).contains("Stopped.");
        assertNothingLeftBehind(summitry, ports);
    }

    void assertNothingLeftBehind(Command summitry, List<Integer> ports) throws Exception {
        // the processes may take a moment to be reaped after their parent is gone
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<String> left;
        do {
            left = ProcessHandle.allProcesses().filter(p -> p.isAlive() && p.pid() != ProcessHandle.current().pid())
                    .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                    .filter(line -> line.contains(work.toString())).toList();
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        assertThat(summitry.process.isAlive()).isFalse();
        assertThat(left).as("processes started from the clone or its PostgreSQL cache").isEmpty();
        assertThat(ports).allSatisfy(port -> assertThat(listening(port)).as("port %d after stopping", port).isFalse());
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /**
     * A local Maven repository that links to every entry of the real one except one subtree, so that what the build
     * downloaded before is found while Summitry's own artifacts are not, without copying gigabytes.
     */
    static Path linkedRepositoryWithout(Path repository, String excluded) throws IOException {
        Files.createDirectories(repository);
        Path source = MAVEN_REPOSITORY;
        Path target = repository;
        String[] steps = excluded.split("/");
        for (int i = 0; i < steps.length; i++) {
            String keep = steps[i];
            boolean last = i == steps.length - 1;
            try (Stream<Path> entries = Files.list(source)) {
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    if (!entry.getFileName().toString().equals(keep)) {
                        Files.createSymbolicLink(target.resolve(entry.getFileName().toString()), entry);
                    }
                }
            }
            if (last) {
                break;
            }
            source = source.resolve(keep);
            target = Files.createDirectories(target.resolve(keep));
            if (!Files.isDirectory(source)) {
                break;
            }
        }
        return repository;
    }

    static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    static String run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            fail(String.join(" ", command) + " failed in " + directory + ":\n" + output);
        }
        return output;
    }

    /** A running {@code ./summitry}: its process, its output and the gateway port it was given. */
    static final class Command {
        final Process process;
        final Path log;
        final int gatewayPort;

        final long started = System.nanoTime();

        Command(Process process, Path log, int gatewayPort) {
            this.process = process;
            this.log = log;
            this.gatewayPort = gatewayPort;
        }

        /** How long it took to be up, for whoever reads the build log. */
        void report(String what) {
            System.out.printf("FirstRunFromACleanCloneTest: %s: up after %.1f s%n", what,
                    (System.nanoTime() - started) / 1e9);
        }

        String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }

        String tail() throws IOException {
            String output = output();
            return output.substring(Math.max(0, output.length() - 6000));
        }

        void awaitOutput(String text, Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!output().contains(text)) {
                if (!process.isAlive()) {
                    fail("./summitry exited with " + process.exitValue() + " before printing '" + text + "':\n"
                            + tail());
                }
                if (System.nanoTime() > deadline) {
                    fail("./summitry did not print '" + text + "' within " + timeout + ":\n" + tail());
                }
                Thread.sleep(500);
            }
        }

        /** Waits until the binaries are being extracted into the cache: some files there, the folder incomplete. */
        void awaitPartialExtraction(Path cache, Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (Files.isDirectory(cache)) {
                    try (Stream<Path> entries = Files.list(cache)) {
                        for (Path partial : entries.filter(p -> p.getFileName().toString().startsWith(".extracting-"))
                                .toList()) {
                            try (Stream<Path> files = Files.walk(partial)) {
                                if (files.limit(20).count() >= 20) {
                                    return;
                                }
                            } catch (IOException | java.io.UncheckedIOException renamedMeanwhile) {
                                // finished between list and walk: reported below as too late
                            }
                        }
                        try (Stream<Path> done = Files.list(cache)) {
                            if (done.anyMatch(p -> p.getFileName().toString().startsWith("PG-"))) {
                                fail("the extraction finished before it could be interrupted:\n" + tail());
                            }
                        }
                    }
                }
                if (!process.isAlive()) {
                    fail("./summitry exited with " + process.exitValue() + " before extracting:\n" + tail());
                }
                Thread.sleep(20);
            }
            fail("./summitry did not start extracting PostgreSQL within " + timeout + ":\n" + tail());
        }

        /** The ports it listens on: the three apps' (the gateway's given, the others from the output) and PostgreSQL's. */
        List<Integer> listeningPorts() throws IOException {
            String output = output();
            List<Integer> ports = new ArrayList<>();
            Matcher app = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)").matcher(output);
            while (app.find()) {
                int port = Integer.parseInt(app.group(1));
                if (!ports.contains(port)) {
                    ports.add(port);
                }
            }
            Matcher postgres = POSTGRES_PORT.matcher(output);
            assertThat(postgres.find()).as("the output names the PostgreSQL port:%n%s", output).isTrue();
            ports.add(Integer.parseInt(postgres.group(1)));
            assertThat(ports).contains(gatewayPort).hasSize(4);
            return ports;
        }

        /** Ctrl-C: SIGINT to the command (the script has exec'd the launcher by then). */
        void interrupt() throws Exception {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).isTrue();
        }

        /** SIGKILL to the command and everything it started, as a crash or a closed terminal would. */
        void kill() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
