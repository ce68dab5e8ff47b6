package io.summitry.bench.measure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.summitry.bench.Args;
import io.summitry.postgres.LocalPostgres;

/**
 * Command: how long each service takes from process start to its first 200 on {@code /q/health/ready}, on each given
 * JDK, plain and with a class cache made by a training run: a dynamic AppCDS archive on JDK 17-23
 * ({@code -XX:ArchiveClassesAtExit}, what {@code quarkus.package.jar.appcds.enabled} builds), the AOT cache of
 * JEP 483/515 on JDK 24+ ({@code -XX:AOTCacheOutput}, then {@code -XX:AOTCache}). With {@code --breakdown}, also
 * times variants that switch one start-up task off, to show where the time goes. The services run with LocalStack's JVM flags against the databases in
 * {@code --data} (see {@link ReadPaths}); the median of {@code --runs} starts is kept.
 * <p>
 * {@code java -cp "bench/target/classes:bench/target/lib/*" io.summitry.bench.measure.StartupTimes --root .
 * --data bench/results/tmp/read-paths --jdks /usr/lib/jvm/java-17-openjdk-amd64,/usr/lib/jvm/temurin-25-jdk-amd64}
 */
public final class StartupTimes {

    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();
    /** Start-up tasks that can be switched off at run time, one per variant. */
    private static final Map<String, List<String>> WITHOUT = new LinkedHashMap<>();

    static {
        WITHOUT.put("without Flyway at start", List.of("-Dquarkus.flyway.migrate-at-start=false"));
        WITHOUT.put("without the OpenTelemetry SDK", List.of("-Dquarkus.otel.sdk.disabled=true"));
    }

    private StartupTimes() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = Args.parse(argv);
        Path root = Path.of(args.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path data = Path.of(args.getOrDefault("data", "bench/results/tmp/read-paths")).toAbsolutePath();
        Path out = Path.of(args.getOrDefault("out", "bench/results")).toAbsolutePath();
        int runs = Integer.parseInt(args.getOrDefault("runs", "5"));
        List<Path> jdks = Arrays.stream(args.getOrDefault("jdks", System.getProperty("java.home")).split(","))
                .map(Path::of).toList();
        Path caches = data.resolve("class-caches");
        Files.createDirectories(caches);
        Path key = data.resolve("jwt-public.pem");
        List<String> lines = new ArrayList<>(List.of("app,jdk,variant,ready ms (median of " + runs
                + "),min ms,max ms,Quarkus 'started in' ms (median)"));
        try (LocalPostgres postgres = LocalPostgres.startLoggingTo(data.resolve("pgdata"), 0, data.resolve("postgres.log"))) {
            postgres.createDatabaseIfAbsent("people");
            postgres.createDatabaseIfAbsent("meetings");
            for (String[] app : List.of(new String[] {"people-service", "people"},
                    new String[] {"meetings-service", "meetings"})) {
                Path jar = root.resolve(app[0]).resolve("target/quarkus-app/quarkus-run.jar");
                for (Path jdk : jdks) {
                    Path java = jdk.resolve("bin/java");
                    int feature = feature(java);
                    Map<String, List<String>> variants = new LinkedHashMap<>();
                    variants.put("plain", List.of());
                    if (args.containsKey("breakdown")) {
                        WITHOUT.forEach(variants::put);
                    }
                    Path cache = caches.resolve(app[0] + "-" + feature + (feature >= 24 ? ".aot" : ".jsa"));
                    Files.deleteIfExists(cache);
                    List<String> training = feature >= 24 ? List.of("-XX:AOTCacheOutput=" + cache)
                            : List.of("-XX:ArchiveClassesAtExit=" + cache);
                    startAndStop(java, training, jar, postgres.jdbcUrl(app[1]), key, root.resolve(app[0]), true);
                    variants.put(feature >= 24 ? "AOT cache (-XX:AOTCache)" : "AppCDS (-XX:SharedArchiveFile)",
                            List.of(feature >= 24 ? "-XX:AOTCache=" + cache : "-XX:SharedArchiveFile=" + cache));
                    for (var variant : variants.entrySet()) {
                        List<Long> ready = new ArrayList<>();
                        List<Long> started = new ArrayList<>();
                        for (int i = 0; i < runs; i++) {
                            long[] times = startAndStop(java, variant.getValue(), jar, postgres.jdbcUrl(app[1]), key,
                                    root.resolve(app[0]), false);
                            ready.add(times[0]);
                            started.add(times[1]);
                        }
                        ready.sort(null);
                        started.sort(null);
                        String line = String.join(",", app[0], "JDK " + feature, variant.getKey(),
                                Long.toString(ready.get(runs / 2)), Long.toString(ready.get(0)),
                                Long.toString(ready.get(runs - 1)), Long.toString(started.get(runs / 2)));
                        lines.add(line);
                        System.out.println(line);
                    }
                }
            }
        }
        Files.write(out.resolve("startup-services.csv"), lines);
    }

    /**
     * Starts the app, waits until it is ready, stops it (SIGTERM, so a training run writes its cache on exit).
     *
     * @return ms from process start to ready, and Quarkus's own "started in" in ms
     */
    private static long[] startAndStop(Path javaBin, List<String> extra, Path jar, String jdbcUrl, Path key, Path dir,
            boolean train) throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(javaBin.toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(extra);
        command.add("-jar");
        command.add(jar.toString());
        Path log = Files.createTempFile("startup", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toUri().toString());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            long deadline = start + TimeUnit.SECONDS.toNanos(120);
            while (true) {
                try {
                    if (HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Not ready: " + command + "\n" + Files.readString(log));
                }
                Thread.sleep(10);
            }
            long readyMs = (System.nanoTime() - start) / 1_000_000;
            if (train) {
                // a few requests, so that the classes of serving a request are in the cache too
                URI base = URI.create("http://127.0.0.1:" + port);
                for (String path : List.of("/q/health/live", jar.toString().contains("people") ? "/people?first=10"
                        : "/meetings?first=20", "/nowhere")) {
                    HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                            HttpResponse.BodyHandlers.discarding());
                }
            }
            Matcher started = STARTED.matcher(Files.readString(log));
            long startedMs = started.find() ? Math.round(Double.parseDouble(started.group(1)) * 1000) : -1;
            return new long[] {readyMs, startedMs};
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(log);
        }
    }

    private static int feature(Path javaBin) throws Exception {
        Process version = new ProcessBuilder(javaBin.toString(), "-version").redirectErrorStream(true).start();
        String text = new String(version.getInputStream().readAllBytes());
        version.waitFor();
        Matcher m = Pattern.compile("version \"(\\d+)").matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("No version in: " + text);
        }
        return Integer.parseInt(m.group(1));
    }
}
