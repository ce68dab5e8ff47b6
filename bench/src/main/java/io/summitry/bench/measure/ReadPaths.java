package io.summitry.bench.measure;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.summitry.bench.Args;
import io.summitry.bench.check.Db;
import io.summitry.bench.data.Generator;
import io.summitry.bench.data.Scale;
import io.summitry.bench.load.DatasetLoader;
import io.summitry.postgres.LocalPostgres;

/**
 * Command: the services' read paths at bench scale, without the gateways. Starts PostgreSQL (its data kept in
 * {@code --data}, loaded with the bench's dataset on first use), starts both services from their packaged jars with
 * LocalStack's JVM flags, then:
 * <ol>
 * <li>times each service call the bench's list, profile and typeahead cost, one at a time ({@code --iterations});</li>
 * <li>loads the list's page 5 and the person's meetings with {@code --connections} concurrent clients for
 * {@code --seconds} each, counting answers;</li>
 * <li>restarts the services with {@code auto_explain} on and saves the plan of every statement each call ran, the
 * services' own SQL with its parameters, to {@code explain-service-*.txt}.</li>
 * </ol>
 * {@code java -cp "bench/target/classes:bench/target/lib/*" io.summitry.bench.measure.ReadPaths --root .
 * --data bench/results/tmp/read-paths --out bench/results} ({@code --explain-only} for the plans alone)
 */
public final class ReadPaths {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");
    private static final Pattern PLAN = Pattern.compile("LOG:  duration: [0-9.]+ ms  plan:\\n(?:[\\t ].*\\n?)+");

    private ReadPaths() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = Args.parse(argv);
        Path root = Path.of(args.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path data = Path.of(args.getOrDefault("data", "bench/results/tmp/read-paths")).toAbsolutePath();
        Path out = Path.of(args.getOrDefault("out", "bench/results")).toAbsolutePath();
        int iterations = Integer.parseInt(args.getOrDefault("iterations", "300"));
        int seconds = Integer.parseInt(args.getOrDefault("seconds", "10"));
        int connections = Integer.parseInt(args.getOrDefault("connections", "16"));
        Files.createDirectories(data);
        Path pgLog = data.resolve("postgres.log");
        Path key = writePublicKey(data);
        try (LocalPostgres postgres = LocalPostgres.startLoggingTo(data.resolve("pgdata"), 0, pgLog)) {
            postgres.createDatabaseIfAbsent("people");
            postgres.createDatabaseIfAbsent("meetings");
            Services services = new Services(root, postgres, key, data);
            services.start();
            try (Db db = new Db(postgres.jdbcUrl("people"), postgres.jdbcUrl("meetings"))) {
                if (Db.one(db.meetings(), "select count(*) from meeting").equals("0")) {
                    long t0 = System.nanoTime();
                    DatasetLoader.Report load = DatasetLoader.load(Generator.generate(Scale.named("full", 42)),
                            postgres.jdbcUrl("people"), postgres.jdbcUrl("meetings"));
                    System.out.printf("loaded %d rows in %d ms%n", load.rows(), (System.nanoTime() - t0) / 1_000_000);
                    services.stop();
                    services.start();
                }
                Map<String, Rest> calls = calls(db, services.people, services.meetings);
                if (!args.containsKey("explain-only")) {
                    measure(calls, iterations, connections, seconds, out);
                }
                explain(postgres, services, pgLog, calls, out);
            } finally {
                services.stop();
            }
        }
    }

    private static void measure(Map<String, Rest> calls, int iterations, int connections, int seconds, Path out)
            throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("# Service read paths at full bench scale, " + java.time.LocalDate.now());
        lines.add("");
        lines.add("One at a time (" + iterations + " timed after " + iterations / 3 + " warm-up), ms:");
        lines.add("");
        lines.add("| call | p50 | p95 | p99 |");
        lines.add("|---|---|---|---|");
        for (var call : calls.entrySet()) {
            Latency.Percentiles p = Latency.measure(iterations / 3, iterations, call.getValue()::timed);
            lines.add("| %s | %.2f | %.2f | %.2f |".formatted(call.getKey(), p.p50(), p.p95(), p.p99()));
            System.out.println(lines.get(lines.size() - 1));
        }
        lines.add("");
        lines.add("Under load: " + connections + " concurrent clients for " + seconds + " s each:");
        lines.add("");
        lines.add("| call | answers/s | errors | p50 ms | p99 ms |");
        lines.add("|---|---|---|---|---|");
        for (String name : List.of("list page 5", "person's meetings")) {
            lines.add(load(name, calls.get(name), connections, seconds));
            System.out.println(lines.get(lines.size() - 1));
        }
        Files.write(out.resolve("read-paths.md"), lines);
    }

    /**
     * The service calls behind the bench's typeahead, list (page 1 and page 5 by cursors) and person profile, and the
     * people-service batches the gateway sends for a list page's participants (20 people by id, their posts).
     */
    private static Map<String, Rest> calls(Db db, URI people, URI meetings) throws Exception {
        String typeahead = Db.one(db.people(), "select left(name, 7) from person order by id limit 1");
        String busiest = Db.one(db.meetings(), "select person_id from participant group by person_id"
                + " order by count(*) desc, person_id limit 1");
        String someMeeting = Db.one(db.meetings(), "select id from meeting order by id limit 1");
        String twentyPeople = Db.one(db.people(), "select string_agg('\"' || id || '\"', ',') from"
                + " (select id from person order by id limit 20) p");
        String list = "/meetings?first=20&country=KR&from=2005-01-01&to=2025-12-31&text=cyber";
        String cursor = null;
        for (int page = 1; page < 5; page++) {
            JsonNode answer = JSON.readTree(Rest.get(meetings, list + (cursor == null ? "" : "&after=" + cursor))
                    .send());
            cursor = URLEncoder.encode(answer.at("/pageInfo/endCursor").asText(), StandardCharsets.UTF_8);
        }
        Map<String, Rest> calls = new LinkedHashMap<>();
        calls.put("typeahead", Rest.get(people, "/people?first=10&text="
                + URLEncoder.encode(typeahead, StandardCharsets.UTF_8)));
        calls.put("list page 1", Rest.get(meetings, list));
        calls.put("list page 5", Rest.get(meetings, list + "&after=" + cursor));
        calls.put("person's meetings", Rest.post(meetings, "/meetings/by-participants",
                "{\"ids\":[\"" + busiest + "\"],\"orderBy\":\"DATE_DESC\",\"first\":20}"));
        calls.put("single row", Rest.get(meetings, "/meetings/" + someMeeting));
        String batch = "{\"ids\":[" + twentyPeople + "]}";
        calls.put("people by ids", Rest.post(people, "/people/by-ids", batch));
        calls.put("positions by people", Rest.post(people, "/positions/by-people", batch));
        return calls;
    }

    private static String load(String name, Rest call, int connections, int seconds) throws Exception {
        Histogram histogram = new Histogram(60_000_000_000L, 3);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<long[]>> results = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            results.add(pool.submit(() -> {
                long ok = 0;
                long errors = 0;
                while (System.nanoTime() < end) {
                    try {
                        long nanos = call.timed();
                        synchronized (histogram) {
                            histogram.recordValue(nanos);
                        }
                        ok++;
                    } catch (Exception e) {
                        errors++;
                    }
                }
                return new long[] {ok, errors};
            }));
        }
        long ok = 0;
        long errors = 0;
        for (Future<long[]> result : results) {
            ok += result.get()[0];
            errors += result.get()[1];
        }
        pool.shutdown();
        return "| %s | %.1f | %d | %.1f | %.1f |".formatted(name, ok / (double) seconds, errors,
                histogram.getValueAtPercentile(50) / 1e6, histogram.getValueAtPercentile(99) / 1e6);
    }

    /** Turns auto_explain on for the services' databases, restarts them and saves each call's plans. */
    private static void explain(LocalPostgres postgres, Services services, Path pgLog, Map<String, Rest> calls,
            Path out) throws Exception {
        for (String database : List.of("people", "meetings")) {
            admin(postgres, "alter database " + database + " set session_preload_libraries = 'auto_explain'",
                    "alter database " + database + " set auto_explain.log_min_duration = 0",
                    "alter database " + database + " set auto_explain.log_analyze = on",
                    "alter database " + database + " set auto_explain.log_buffers = on");
        }
        try {
            services.stop();
            services.start();
            for (var call : calls.entrySet()) {
                call.getValue().send();
                long before = Files.size(pgLog);
                call.getValue().send();
                Thread.sleep(300);
                String logged = Files.readString(pgLog).substring((int) before);
                List<String> plans = new ArrayList<>();
                Matcher plan = PLAN.matcher(logged);
                while (plan.find()) {
                    String text = plan.group();
                    if (!text.contains("pg_catalog") && !text.contains("select 1")) {
                        plans.add(text.strip());
                    }
                }
                Rest rest = call.getValue();
                Files.writeString(out.resolve("explain-service-" + call.getKey().replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("-$", "") + ".txt"), "-- " + rest.method() + " " + rest.uri().getRawPath()
                        + (rest.uri().getRawQuery() == null ? "" : "?" + rest.uri().getRawQuery())
                        + (rest.body() == null ? "" : " " + rest.body()) + "\n-- every statement the call ran,"
                        + " as auto_explain (analyze, buffers) logged it\n\n" + String.join("\n\n", plans) + "\n");
            }
        } finally {
            for (String database : List.of("people", "meetings")) {
                admin(postgres, "alter database " + database + " reset all");
            }
        }
    }

    private static void admin(LocalPostgres postgres, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("postgres"), LocalPostgres.USER, "");
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** A public key the services verify tokens with; no token is sent here, reads are public. */
    private static Path writePublicKey(Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(generator.generateKeyPair().getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        Path file = dir.resolve("jwt-public.pem");
        Files.writeString(file, pem);
        return file;
    }

    /** Both services, run from their jars as LocalStack runs them. */
    private static final class Services {

        final URI people;
        final URI meetings;
        private final Path root;
        private final LocalPostgres postgres;
        private final Path key;
        private final Path logs;
        private final List<Process> processes = new ArrayList<>();

        Services(Path root, LocalPostgres postgres, Path key, Path logs) throws Exception {
            this.root = root;
            this.postgres = postgres;
            this.key = key;
            this.logs = logs;
            this.people = URI.create("http://127.0.0.1:" + freePort());
            this.meetings = URI.create("http://127.0.0.1:" + freePort());
        }

        void start() throws Exception {
            processes.add(launch("people-service", "people", people));
            processes.add(launch("meetings-service", "meetings", meetings));
            for (URI base : List.of(people, meetings)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
                while (true) {
                    try {
                        Rest.get(base, "/q/health/ready").send();
                        break;
                    } catch (Exception notYet) {
                        if (System.nanoTime() > deadline) {
                            throw new IllegalStateException(base + " not ready", notYet);
                        }
                        Thread.sleep(200);
                    }
                }
            }
        }

        private Process launch(String module, String database, URI base) throws Exception {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(JVM_OPTIONS);
            command.add("-jar");
            command.add(root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar").toString());
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.resolve(module).toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(module + ".log").toFile()));
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("QUARKUS_HTTP_PORT", Integer.toString(base.getPort()));
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toUri().toString());
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
            env.put("QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", "");
            return builder.start();
        }

        void stop() throws Exception {
            for (Process process : processes) {
                process.destroy();
                process.waitFor(20, TimeUnit.SECONDS);
            }
            processes.clear();
        }

        private static int freePort() throws Exception {
            try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }
    }
}
