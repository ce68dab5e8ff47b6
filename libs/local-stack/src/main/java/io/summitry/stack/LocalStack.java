package io.summitry.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.summitry.postgres.LocalPostgres;

/**
 * One embedded PostgreSQL (a database per service) and Summitry's apps, each run from its packaged jar as a separate
 * {@code java -jar} process, for the local run and for end-to-end tests. The apps verify JWTs with a key pair made for
 * this stack ({@link #editorToken()}). Closing it stops every process it started.
 */
public final class LocalStack implements AutoCloseable {

    static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(60);
    static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final int LOG_TAIL_LINES = 40;
    /** The apps' JVM flags unless chosen ({@link Builder#jvmOptions}): sized for a 2-core laptop running three JVMs. */
    public static final List<String> LAPTOP_JVM_OPTIONS = List.of(
            "-Xmx256m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");

    private final Path projectRoot;
    private final Path logDirectory;
    private final Path temporaryDirectory;
    private final LocalPostgres postgres;
    private final Map<App, Integer> ports;
    private final Map<App, Map<String, String>> config;
    private final Duration readyTimeout;
    private final List<String> jvmOptions;
    private final DevelopmentKeys keys = DevelopmentKeys.generate();
    private final Map<App, Process> processes = new EnumMap<>(App.class);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread shutdownHook = new Thread(this::close, "local-stack-shutdown");
    private boolean closed;

    private LocalStack(Path projectRoot, Path logDirectory, Path temporaryDirectory, LocalPostgres postgres,
            Map<App, Integer> ports, Map<App, Map<String, String>> config, Duration readyTimeout,
            List<String> jvmOptions) {
        this.projectRoot = projectRoot;
        this.logDirectory = logDirectory;
        this.temporaryDirectory = temporaryDirectory;
        this.postgres = postgres;
        this.ports = ports;
        this.config = config;
        this.readyTimeout = readyTimeout;
        this.jvmOptions = jvmOptions;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The address an app listens on, e.g. {@code http://127.0.0.1:8080}. */
    public URI baseUri(App app) {
        return URI.create("http://127.0.0.1:" + port(app));
    }

    /** The JDBC URL of the database a service owns (user {@link LocalPostgres#USER}, no password). */
    public String jdbcUrl(App app) {
        if (app.database() == null) {
            throw new IllegalArgumentException(app + " owns no database");
        }
        return postgres.jdbcUrl(app.database());
    }

    /** The port of the embedded PostgreSQL. */
    public int postgresPort() {
        return postgres.port();
    }

    /**
     * A JWT with the {@code editor} role, valid for 12 hours, that every app of this stack accepts: send it as
     * {@code Authorization: Bearer <token>} to change data. Signed by a key pair made for this stack only, so it is
     * worthless once the stack is closed.
     */
    public String editorToken() {
        return keys.token("local-editor@summitry.local", "editor", Duration.ofHours(12));
    }

    /**
     * A JWT with one role for a subject, signed like {@link #editorToken()}; a negative validity gives an expired
     * token. For tests of who may write.
     */
    public String token(String subject, String role, Duration validity) {
        return keys.token(subject, role, validity);
    }

    /** The PEM file of the public key the apps verify JWTs with ({@code mp.jwt.verify.publickey.location}). */
    public Path jwtPublicKey() {
        return keys.publicKeyFile();
    }

    /** Where each app's output goes: {@code <logDirectory>/<module>.log}. */
    public Path logFile(App app) {
        return logDirectory.resolve(app.module() + ".log");
    }

    /** The process id of a running app. */
    public synchronized long pid(App app) {
        Process process = processes.get(app);
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(app.module() + " is not running");
        }
        return process.pid();
    }

    /** Stops one app: SIGTERM, then a kill after 10 s. Does nothing when it is not running. */
    public synchronized void stop(App app) {
        port(app);
        Process process = processes.remove(app);
        if (process != null) {
            terminate(List.of(process));
        }
    }

    /** Starts a stopped (or running) app again on the same port and waits until it is ready. */
    public synchronized void restart(App app) {
        stop(app);
        requireFree(ports.get(app), app.module());
        Process process = launch(app, true);
        processes.put(app, process);
        awaitReady(app, process);
    }

    /** Stops every app (the gateway first), then PostgreSQL. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (Thread.currentThread() != shutdownHook) {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            }
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting and the hook runs (or ran) anyway
        }
        List<Process> running = new ArrayList<>();
        if (processes.containsKey(App.GATEWAY)) {
            running.add(processes.remove(App.GATEWAY));
        }
        running.addAll(processes.values());
        processes.clear();
        try {
            terminate(running);
        } finally {
            try {
                postgres.close();
            } finally {
                keys.delete();
                if (temporaryDirectory != null) {
                    deleteRecursively(temporaryDirectory);
                }
            }
        }
    }

    private int port(App app) {
        Integer port = ports.get(app);
        if (port == null) {
            throw new IllegalArgumentException(app.module() + " is not part of this stack");
        }
        return port;
    }

    private void startAll() {
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        for (App app : App.values()) {
            if (app.database() != null) {
                postgres.createDatabaseIfAbsent(app.database());
            }
        }
        // the services start side by side; the gateway, which needs them, after
        List<App> services = ports.keySet().stream().filter(app -> app != App.GATEWAY).toList();
        for (App app : services) {
            processes.put(app, launch(app, false));
        }
        for (App app : services) {
            awaitReady(app, processes.get(app));
        }
        if (ports.containsKey(App.GATEWAY)) {
            processes.put(App.GATEWAY, launch(App.GATEWAY, false));
            awaitReady(App.GATEWAY, processes.get(App.GATEWAY));
        }
    }

    private Process launch(App app, boolean append) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        config.getOrDefault(app, Map.of()).forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(app.jar(projectRoot).toString());

        ProcessBuilder builder = new ProcessBuilder(command).directory(projectRoot.resolve(app.module()).toFile());
        Path log = logFile(app);
        builder.redirectErrorStream(true);
        builder.redirectOutput(
                append ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port(app)));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toUri().toString());
        if (app.database() != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(app.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        }
        if (app == App.GATEWAY) {
            if (ports.containsKey(App.PEOPLE)) {
                env.put("QUARKUS_REST_CLIENT_PEOPLE_URL", baseUri(App.PEOPLE).toString());
            }
            if (ports.containsKey(App.MEETINGS)) {
                env.put("QUARKUS_REST_CLIENT_MEETINGS_URL", baseUri(App.MEETINGS).toString());
            }
        }
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + app.module() + ": " + String.join(" ", command), e);
        }
    }

    private void awaitReady(App app, Process process) {
        URI health = baseUri(app).resolve("/q/health/ready");
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(app.module() + " exited with code " + process.exitValue()
                        + " before it was ready" + logTail(app));
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + app.module(), e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(app.module() + " was not ready at " + health + " after "
                        + readyTimeout.toSeconds() + " s" + logTail(app));
            }
            sleep(200);
        }
    }

    private String logTail(App app) {
        Path log = logFile(app);
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "; last lines of " + log + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "; see " + log;
        }
    }

    private static void terminate(List<Process> running) {
        for (Process process : running) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (Process process : running) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!process.waitFor(left, TimeUnit.NANOSECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    static String javaExecutable() {
        Optional<String> current = ProcessHandle.current().info().command();
        if (current.isPresent() && Files.isExecutable(Path.of(current.get()))) {
            return current.get();
        }
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void requireFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " (" + what + ") is already in use; stop what listens "
                    + "there or choose another port", e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp directory is harmless
        }
    }

    /** Chooses the apps, ports, folders and extra settings of a {@link LocalStack}. */
    public static final class Builder {

        private Path projectRoot;
        private Path dataDirectory;
        private Path logDirectory;
        private int postgresPort;
        private Duration readyTimeout = DEFAULT_READY_TIMEOUT;
        private List<String> jvmOptions = LAPTOP_JVM_OPTIONS;
        private final Map<App, Integer> ports = new LinkedHashMap<>();
        private final Map<App, Map<String, String>> config = new EnumMap<>(App.class);

        private Builder() {
        }

        /** The directory holding {@code mvnw} and the root pom; found from the working directory by default. */
        public Builder projectRoot(Path root) {
            this.projectRoot = root;
            return this;
        }

        /** Where PostgreSQL keeps its data between runs; a temporary directory deleted on close by default. */
        public Builder dataDirectory(Path dir) {
            this.dataDirectory = dir;
            return this;
        }

        /** The PostgreSQL port; 0 (the default) for any free one. */
        public Builder postgresPort(int port) {
            this.postgresPort = port;
            return this;
        }

        /** Runs an app on a port, 0 for any free one. The gateway is pointed at the services of this stack. */
        public Builder app(App app, int httpPort) {
            ports.put(app, httpPort);
            return this;
        }

        /** An extra {@code -Dkey=value} for one app. */
        public Builder config(App app, String key, String value) {
            config.computeIfAbsent(app, a -> new LinkedHashMap<>()).put(key, value);
            return this;
        }

        /** The apps' JVM flags; {@link #LAPTOP_JVM_OPTIONS} by default. */
        public Builder jvmOptions(List<String> options) {
            this.jvmOptions = List.copyOf(options);
            return this;
        }

        /** How long each app may take to answer 200 on {@code /q/health/ready}; 60 s by default. */
        public Builder readyTimeout(Duration timeout) {
            this.readyTimeout = timeout;
            return this;
        }

        /** Where {@code <module>.log} files go; the data (or temporary) directory by default. */
        public Builder logDirectory(Path dir) {
            this.logDirectory = dir;
            return this;
        }

        /**
         * Starts PostgreSQL, creates the services' databases and starts the chosen apps, waiting until each is ready.
         *
         * @throws IllegalStateException when a port is in use, a jar is missing, or an app dies or is not ready in time
         */
        public LocalStack start() {
            Path root = projectRoot != null ? projectRoot.toAbsolutePath().normalize()
                    : findProjectRoot(Path.of("").toAbsolutePath());
            Map<App, Integer> chosen = new EnumMap<>(App.class);
            for (Map.Entry<App, Integer> entry : ports.entrySet()) {
                int port = entry.getValue();
                if (port > 0) {
                    requireFree(port, entry.getKey().module());
                }
            }
            if (postgresPort > 0) {
                requireFree(postgresPort, "PostgreSQL");
            }
            for (App app : ports.keySet()) {
                if (!Files.isRegularFile(app.jar(root))) {
                    throw new IllegalStateException("No jar for " + app.module() + " at " + app.jar(root)
                            + "; build it first: ./mvnw -B package -Dmaven.test.skip=true -pl " + app.module()
                            + " -am (./summitry does this by itself)");
                }
            }
            for (Map.Entry<App, Integer> entry : ports.entrySet()) {
                int port = entry.getValue();
                while (port == 0 || chosen.containsValue(port)) {
                    port = freePort();
                }
                chosen.put(entry.getKey(), port);
            }

            Path temporary = null;
            Path data = dataDirectory;
            Path logs = logDirectory;
            try {
                if (data == null) {
                    temporary = Files.createTempDirectory("summitry-stack");
                    data = temporary.resolve("postgres");
                    logs = logs != null ? logs : temporary;
                } else {
                    Files.createDirectories(data);
                    logs = logs != null ? logs : data;
                }
                Files.createDirectories(logs);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create the stack's directories", e);
            }

            LocalPostgres postgres = LocalPostgres.start(data, postgresPort);
            LocalStack stack = new LocalStack(root, logs.toAbsolutePath(), temporary, postgres, chosen, config,
                    readyTimeout, jvmOptions);
            try {
                stack.startAll();
                return stack;
            } catch (RuntimeException e) {
                stack.close();
                throw e;
            }
        }
    }

    /**
     * The Summitry project root at or above a directory: the one holding {@code mvnw} and a pom listing the gateway.
     *
     * @throws IllegalStateException when there is none
     */
    public static Path findProjectRoot(Path dir) {
        for (Path candidate = dir.toAbsolutePath(); candidate != null; candidate = candidate.getParent()) {
            Path pom = candidate.resolve("pom.xml");
            if (Files.isRegularFile(candidate.resolve("mvnw")) && Files.isRegularFile(pom)) {
                try {
                    if (Files.readString(pom).contains("<module>gateway</module>")) {
                        return candidate;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("No Summitry project root (mvnw + pom.xml listing the gateway) at or above "
                + dir + "; set one with LocalStack.builder().projectRoot(...)");
    }
}
