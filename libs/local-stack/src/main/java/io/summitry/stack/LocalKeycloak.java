package io.summitry.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Keycloak (the {@code org.keycloak:keycloak-quarkus-dist} distribution that Maven unpacked) in dev mode on
 * 127.0.0.1 with an in-memory database and the {@code summitry} realm this project ships: a public client
 * {@value #CLIENT_ID} for the web UI (code flow with PKCE, and direct grants for tests and scripts), an {@code editor}
 * group mapped to the {@code groups} claim, and two users, {@value #EDITOR} (an editor) and {@value #READER} (not).
 * Closing it stops the process.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String REALM = "summitry";
    public static final String CLIENT_ID = "summitry-web";
    public static final String EDITOR = "ada";
    public static final String EDITOR_PASSWORD = "ada-editor";
    public static final String EDITOR_NAME = "Ada Editor";
    public static final String READER = "rex";
    public static final String READER_PASSWORD = "rex-reader";
    private static final int MINIMUM_JAVA = 21;
    private static final Pattern JAVA_VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    private final Process process;
    private final int port;
    private final Duration startTime;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private LocalKeycloak(Process process, int port, Duration startTime) {
        this.process = process;
        this.port = port;
        this.startTime = startTime;
    }

    /**
     * Starts Keycloak from an unpacked distribution and waits until the realm's discovery document answers.
     *
     * @param home the distribution's folder (holding {@code bin/kc.sh})
     * @param log where Keycloak's output goes
     */
    public static LocalKeycloak start(Path home, Path log, Duration timeout) {
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home + " (bin/kc.sh is missing); "
                    + "Maven unpacks org.keycloak:keycloak-quarkus-dist there: ./mvnw -B package -pl launcher -am");
        }
        Path java = javaHome();
        installRealm(home);
        int port = freePort();
        int management = freePort();
        List<String> command = new ArrayList<>(List.of("/bin/sh", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + management,
                "--db=dev-mem", "--import-realm", "--cache=local"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("JAVA_HOME", java.toString());
        builder.environment().put("JAVA_OPTS_APPEND", "-Xss512k -XX:TieredStopAtLevel=1");
        long started = System.nanoTime();
        Process process;
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
        LocalKeycloak keycloak = new LocalKeycloak(process, port, Duration.ZERO);
        long deadline = started + timeout.toNanos();
        while (!keycloak.discoveryAnswers()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                keycloak.close();
                throw new IllegalStateException("Keycloak did not start within " + timeout.toSeconds()
                        + " s (log: " + log + ")" + (process.isAlive() ? "" : ", it exited with " + process.exitValue()));
            }
            sleep(250);
        }
        return new LocalKeycloak(process, port, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The distribution Maven unpacked into {@code launcher/target/keycloak} when the launcher was built.
     *
     * @throws IllegalStateException when there is none, naming the command that brings it
     */
    public static Path unpackedIn(Path projectRoot) {
        Path folder = projectRoot.resolve("launcher/target/keycloak");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                Optional<Path> home = entries.filter(p -> Files.isRegularFile(p.resolve("bin/kc.sh"))).sorted()
                        .reduce((first, second) -> second);
                if (home.isPresent()) {
                    return home.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("No Keycloak distribution in " + folder
                + "; build the launcher (./mvnw -B package -pl launcher -am -DskipTests) to unpack it");
    }

    /** The realm's issuer URL, as its tokens carry it in {@code iss}. */
    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    /** How long the start took until the realm answered. */
    public Duration startTime() {
        return startTime;
    }

    /**
     * An access token for a user of the realm, by the direct-grant (password) flow of the web UI's client.
     *
     * @throws IllegalStateException when Keycloak refuses, with its answer
     */
    public String accessToken(String username, String password) {
        String form = "grant_type=password&scope=openid&client_id=" + CLIENT_ID + "&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(30)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": "
                        + response.statusCode() + " " + response.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(LocalStack.STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean discoveryAnswers() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Keycloak 26 needs Java 21+: this JVM when it is one, else one from SUMMITRY_KEYCLOAK_JAVA_HOME or /usr/lib/jvm. */
    static Path javaHome() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("SUMMITRY_KEYCLOAK_JAVA_HOME")).map(Path::of).ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home")));
        Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of).ifPresent(candidates::add);
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> installed = Files.list(jvms)) {
                installed.sorted().forEach(candidates::add);
            } catch (IOException e) {
                // no listing: the other candidates decide
            }
        }
        for (Path candidate : candidates) {
            if (majorVersion(candidate) >= MINIMUM_JAVA && Files.isExecutable(candidate.resolve("bin/java"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Keycloak needs a Java " + MINIMUM_JAVA + " or newer, and none was found ("
                + "looked at " + candidates + "); install one (apt-get install -y openjdk-21-jdk-headless) or name "
                + "it in SUMMITRY_KEYCLOAK_JAVA_HOME");
    }

    private static int majorVersion(Path home) {
        try {
            Matcher version = JAVA_VERSION.matcher(Files.readString(home.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Puts the shipped realm where {@code --import-realm} reads it; renamed into place, so a reader never sees half. */
    private static void installRealm(Path home) {
        Path folder = home.resolve("data/import");
        try (InputStream realm = LocalKeycloak.class.getResourceAsStream("summitry-realm.json")) {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "realm", ".part");
            Files.copy(realm, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, folder.resolve("summitry-realm.json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not install the summitry realm into " + folder, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
