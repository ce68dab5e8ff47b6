package io.summitry.bench.measure;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.summitry.bench.Args;
import io.summitry.bench.check.AnswerChecker;
import io.summitry.bench.check.CallCounts;
import io.summitry.bench.check.Db;
import io.summitry.bench.data.Generator;
import io.summitry.bench.data.Scale;
import io.summitry.bench.load.DatasetLoader;
import io.summitry.bench.query.BenchQuery;
import io.summitry.bench.query.GraphQlClient;
import io.summitry.bench.query.QueryCase;
import io.summitry.stack.App;
import io.summitry.stack.LocalStack;

/**
 * Command: the whole bench. Starts PostgreSQL and the services, loads the generated data, starts Summitry's gateway
 * and the peer each pinned to core 0 (one at a time under load), checks every answer against the databases, then
 * measures call counts, gateway overhead, service-level p95 with plans, throughput and RSS, and start-up. Writes CSV
 * files plus {@code summary.md} into {@code --out}.
 * <p>
 * Run it pinned to core 1 ({@code taskset -c 1}): PostgreSQL, the services and wrk inherit that core.
 */
public final class Measure {

    static final int GATEWAY_CPU = 0;
    static final int LOAD_CPU = 1;
    static final int PEER_PORT = 4000;

    private Measure() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = Args.parse(argv);
        Path root = Path.of(args.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path out = Path.of(args.getOrDefault("out", "bench/results")).toAbsolutePath();
        Scale scale = Scale.named(args.getOrDefault("scale", "full"), Long.parseLong(args.getOrDefault("seed", "42")));
        int runs = Integer.parseInt(args.getOrDefault("runs", "3"));
        int seconds = Integer.parseInt(args.getOrDefault("seconds", "15"));
        int connections = Integer.parseInt(args.getOrDefault("connections", "16"));
        int iterations = Integer.parseInt(args.getOrDefault("iterations", "200"));
        int pageSize = Integer.parseInt(args.getOrDefault("page-size", "20"));
        boolean withPeer = !args.containsKey("no-peer");
        Path tmp = out.resolve("tmp");
        Files.createDirectories(tmp);
        // a profile is made only where Summitry loses: one left from an earlier run would describe other code
        for (String previous : List.of("check.txt", "profile-gateway.html", "profile-gateway.txt")) {
            Files.deleteIfExists(out.resolve(previous));
        }
        Report report = new Report(out);
        report.line("Scale " + scale + "; wrk -t1 -c" + connections + " -d" + seconds + "s, median of " + runs
                + " runs; one-at-a-time latencies over " + iterations + " requests; " + LocalDate.now());

        List<List<Object>> startup = new ArrayList<>();
        try (LocalStack stack = LocalStack.builder().projectRoot(root).dataDirectory(tmp.resolve("postgres"))
                .logDirectory(tmp).app(App.PEOPLE, 0).app(App.MEETINGS, 0)
                // the services as deployed, with the JIT at full strength, like the gateway: what users wait for
                .jvmOptions(GatewayProcess.JVM_OPTIONS).start()) {
            long t0 = System.nanoTime();
            DatasetLoader.Report load = DatasetLoader.load(Generator.generate(scale), stack.jdbcUrl(App.PEOPLE),
                    stack.jdbcUrl(App.MEETINGS));
            report.line("Generated and loaded " + load.rows() + " rows in " + (System.nanoTime() - t0) / 1_000_000
                    + " ms (of which COPY + ANALYZE " + load.millis() + " ms): " + String.join(", ", load.tables()));
            // the services' rows: ready time and idle RSS now, their largest RSS while either gateway loads them
            Map<App, List<Object>> serviceRows = new LinkedHashMap<>();
            Map<App, Double> serviceMax = new LinkedHashMap<>();
            for (App app : List.of(App.PEOPLE, App.MEETINGS)) {
                long s = System.nanoTime();
                stack.restart(app);
                long ms = (System.nanoTime() - s) / 1_000_000;
                Thread.sleep(2000);
                serviceRows.put(app, List.of(app.module() + " (JVM, full JIT)", ms,
                        round(Processes.rssMiB(stack.pid(app)))));
                serviceMax.put(app, 0.0);
            }
            Runnable sampleServices = () -> serviceMax.replaceAll((app, max) -> Math.max(max,
                    Processes.rssMiB(stack.pid(app))));
            URI people = stack.baseUri(App.PEOPLE);
            URI meetings = stack.baseUri(App.MEETINGS);
            ServiceRequests served = new ServiceRequests(List.of(people, meetings));
            int port = freePort();
            try (Db db = new Db(stack.jdbcUrl(App.PEOPLE), stack.jdbcUrl(App.MEETINGS));
                    // uncached: these are the figures of the work a query costs (wrk repeats one query, which the
                    // response cache would answer from memory); the cached ones are CachedAnswers'
                    GatewayProcess ours = GatewayProcess.start(root, port, people, meetings, GATEWAY_CPU,
                            tmp.resolve("bench-gateway.log"), Map.of("SUMMITRY_RESPONSE_CACHE_ENABLED", "false"))) {
                Thread.sleep(2000);
                double oursIdle = Processes.rssMiB(ours.pid());
                GraphQlClient gateway = new GraphQlClient(ours.graphql());
                AnswerChecker checker = checked(db, gateway, pageSize);
                List<QueryCase> cases = checker.checkAll();
                requireNoFindings(out, checker.findings());
                report.line("Summitry's answers checked against the databases: all " + cases.size() + " match.");

                // The services run with the full JIT, which compiles their hot paths under the first minutes of load:
                // warm them on every query before anything is measured, or the gateway measured first (the peer) would
                // pay for it. Through Summitry's gateway, which is later warmed again by its own discarded run before
                // its measured runs, as the peer is by its own.
                for (QueryCase c : cases) {
                    Wrk.run(gateway.endpoint(), GraphQlClient.body(c), connections, seconds, LOAD_CPU, tmp);
                }
                report.line("The services were warmed with " + seconds + " s of load per query before any figure "
                        + "was taken.");

                Map<String, String> peerBodies = new LinkedHashMap<>();
                Map<String, Long> peerCalls = new LinkedHashMap<>();
                Map<String, Wrk.Result> theirs = new LinkedHashMap<>();
                double peerIdle = 0;
                double peerLoad = 0;
                long peerReady = 0;
                if (withPeer) {
                    try (Peer peer = Peer.start(root.resolve("bench/peer"), tmp, people, meetings, PEER_PORT,
                            GATEWAY_CPU)) {
                        Thread.sleep(2000);
                        peerIdle = Processes.rssMiB(peer.pid());
                        peerReady = peer.readyMillis();
                        GraphQlClient peerClient = new GraphQlClient(peer.endpoint());
                        List<String> findings = new ArrayList<>();
                        for (QueryCase c : cases) {
                            String text = peer.query(c.query()).orElseThrow();
                            peerBodies.put(c.label(), PeerCases.body(c, text, peerClient, gateway, findings));
                        }
                        requireNoFindings(out, findings);
                        report.line("The peer's answers carry the same ids as Summitry's checked answers (the meeting "
                                + "detail without the participants' posts at the date, which the peer cannot ask).");
                        for (QueryCase c : cases) {
                            String body = peerBodies.get(c.label());
                            peerCalls.put(c.label(), served.during(() -> peerClient.send(body, c.label())));
                            if (c.query() == BenchQuery.MEETING_LIST) {
                                for (int size : CallCounts.PAGE_SIZES) {
                                    String sized = PeerCases.body(peer.query(c.query()).orElseThrow(), Map.of(
                                            "country", List.of("KR"), "from", "2005-01-01", "to", "2025-12-31",
                                            "text", "cyber", "first", String.valueOf(size)));
                                    peerCalls.put("meeting list@" + size, served.during(() -> peerClient.send(sized,
                                            "peer list")));
                                }
                            }
                        }
                        for (QueryCase c : cases) {
                            theirs.put(c.label(), median(runs, () -> withCpu(peer.pid(), () -> Wrk.run(
                                    peer.endpoint(), peerBodies.get(c.label()), connections, seconds, LOAD_CPU,
                                    tmp))));
                            peerLoad = Math.max(peerLoad, Processes.rssMiB(peer.pid()));
                            sampleServices.run();
                        }
                    }
                }

                List<List<Object>> calls = new ArrayList<>();
                for (CallCounts.Row row : CallCounts.count(gateway, cases)) {
                    String key = row.pageSize() == 0 ? row.label() : row.label() + "@" + row.pageSize();
                    Long peer = peerCalls.get(key);
                    calls.add(List.of(row.label(), row.pageSize() == 0 ? "-" : row.pageSize(), row.observed(),
                            row.expected(),
                            row.exact() ? "yes" : row.withinShape() ? "fewer (a level without keys)" : "NO",
                            peer == null ? "not measured" : peer));
                }
                report.table("Downstream calls per query", "calls.csv", List.of("query", "page size",
                        "Summitry (extensions.downstreamCalls)", "levels × services", "equal",
                        "peer (requests the services served)"), calls);

                DirectCalls direct = new DirectCalls(db, people, meetings);
                List<List<Object>> overhead = new ArrayList<>();
                for (QueryCase c : cases) {
                    Latency.Percentiles viaGateway = Latency.measure(iterations / 2, iterations, () -> {
                        long s = System.nanoTime();
                        gateway.send(c);
                        return System.nanoTime() - s;
                    });
                    List<Rest> plan = direct.of(c);
                    Latency.Percentiles sum = Latency.measure(iterations / 2, iterations, () -> {
                        long total = 0;
                        for (Rest call : plan) {
                            total += call.timed();
                        }
                        return total;
                    });
                    overhead.add(List.of(c.label(), viaGateway.p50(), viaGateway.p99(), plan.size(), sum.p50(),
                            sum.p99(), round(viaGateway.p50() / sum.p50()), round(viaGateway.p99() / sum.p99())));
                }
                report.table("Gateway overhead: through Summitry's gateway vs the sum of its downstream calls made "
                        + "directly (ms, one request at a time)", "overhead.csv", List.of("query", "gateway p50",
                                "gateway p99", "calls", "direct sum p50", "direct sum p99", "ratio p50", "ratio p99"),
                        overhead);

                serviceLevel(report, db, people, meetings, iterations, out);

                Map<String, Wrk.Result> oursLoad = new LinkedHashMap<>();
                double oursMax = 0;
                for (QueryCase c : cases) {
                    oursLoad.put(c.label(), median(runs, () -> withCpu(ours.pid(), () -> Wrk.run(
                            gateway.endpoint(), GraphQlClient.body(c), connections, seconds, LOAD_CPU, tmp))));
                    oursMax = Math.max(oursMax, Processes.rssMiB(ours.pid()));
                    sampleServices.run();
                }
                serviceRows.forEach((app, row) -> {
                    List<Object> complete = new ArrayList<>(row);
                    complete.add(round(serviceMax.get(app)));
                    startup.add(complete);
                });
                List<List<Object>> throughput = new ArrayList<>();
                List<List<Object>> cpu = new ArrayList<>();
                for (QueryCase c : cases) {
                    Wrk.Result o = oursLoad.get(c.label());
                    Wrk.Result t = theirs.get(c.label());
                    throughput.add(List.of(c.label(), o.answeredPerSecond(), o.p50(), o.p99(), o.errors(),
                            t == null ? "not measured" : t.answeredPerSecond(), t == null ? "" : t.p50(),
                            t == null ? "" : t.p99(), t == null ? "" : t.errors(),
                            t == null ? "" : round(o.answeredPerSecond() / t.answeredPerSecond()),
                            t == null ? "" : round(o.p50() / t.p50()), t == null ? "" : round(o.p99() / t.p99())));
                    cpu.add(List.of(c.label(), round(o.gatewayCpuMillisPerAnswer()), percent(o.gatewayCoreShare()),
                            t == null ? "not measured" : round(t.gatewayCpuMillisPerAnswer()),
                            t == null ? "" : percent(t.gatewayCoreShare()),
                            t == null ? "" : round(o.gatewayCpuMillisPerAnswer() / t.gatewayCpuMillisPerAnswer())));
                }
                report.table("Throughput at " + connections + " connections, in answers per second that were 2xx "
                        + "without GraphQL errors (each gateway alone on core 0; services, PostgreSQL and wrk on core 1)",
                        "throughput.csv", List.of("query",
                                "Summitry answers/s", "p50 ms", "p99 ms", "errors", "peer answers/s", "peer p50",
                                "peer p99", "peer errors", "answers/s ratio", "p50 ratio", "p99 ratio"), throughput);
                report.table("Gateway CPU per answer under the same load: CPU ms (user + system, /proc/<pid>/stat) of "
                        + "the gateway process ÷ answers, and the share of its core it used (near 100%, the gateway "
                        + "is the bottleneck)", "cpu.csv", List.of("query", "Summitry CPU ms/answer",
                                "Summitry core use", "peer CPU ms/answer", "peer core use", "CPU/answer ratio"), cpu);
                startup.add(List.of("Summitry gateway (JVM, full JIT)", ours.readyMillis(), round(oursIdle),
                        round(oursMax)));
                List<QueryCase> lost = cases.stream().filter(c -> theirs.containsKey(c.label())
                        && oursLoad.get(c.label()).answeredPerSecond() < theirs.get(c.label()).answeredPerSecond())
                        .toList();
                if (!lost.isEmpty() && !args.containsKey("no-profile")) {
                    profile(ours, out, tmp, lost, connections, seconds);
                    report.line("Where Summitry's gateway had fewer req/s than the peer (" + lost.stream()
                            .map(QueryCase::label).toList() + "), a CPU profile of it, warm, under the same load is "
                            + "in profile-gateway.html, and its heaviest frames in profile-gateway.txt "
                            + "(async-profiler 4.1, itimer, attached after the measured runs).");
                }
                if (withPeer) {
                    startup.add(List.of("peer: Hive Gateway on Node 22", peerReady, round(peerIdle), round(peerLoad)));
                }
                report.table("Start-up to ready and RSS", "startup.csv", List.of("app", "ready ms", "RSS idle MiB",
                        "RSS max under load MiB"), startup);
            }
        }
        report.write();
    }

    /**
     * A checker whose queries have all been answered once: the first requests reach services whose JIT is still
     * cold, and on a busy machine they can outlast the gateway's 2 s downstream timeout.
     */
    static AnswerChecker checked(Db db, GraphQlClient gateway, int pageSize) throws Exception {
        for (int attempt = 1;; attempt++) {
            AnswerChecker warmUp = new AnswerChecker(db, gateway, pageSize);
            try {
                warmUp.checkAll();
                return new AnswerChecker(db, gateway, pageSize);
            } catch (IllegalStateException e) {
                if (attempt == 5 || !e.getMessage().contains("UPSTREAM_UNAVAILABLE")) {
                    throw e;
                }
                String message = e.getMessage();
                System.out.println("warming up: " + message.substring(0, Math.min(200, message.length())));
            }
        }
    }

    /**
     * Profiles Summitry's own measured gateway, already warm, while it serves the cases it lost once more: the
     * profiler is attached for that run only.
     */
    private static void profile(GatewayProcess gateway, Path out, Path tmp, List<QueryCase> cases, int connections,
            int seconds) throws Exception {
        Profiler profiler = Profiler.of(gateway.pid(), tmp);
        profiler.start();
        for (QueryCase c : cases) {
            Wrk.run(gateway.graphql(), GraphQlClient.body(c), connections, seconds, LOAD_CPU, tmp);
        }
        Path collapsed = tmp.resolve("profile-gateway.collapsed");
        profiler.stop(collapsed, out.resolve("profile-gateway.html"));
        Files.write(out.resolve("profile-gateway.txt"), ProfileSummary.of(collapsed, 30));
    }

    static void requireNoFindings(Path out, List<String> findings) throws Exception {
        Files.write(out.resolve("check.txt"), findings.isEmpty() ? List.of("all answers match") : findings,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        if (!findings.isEmpty()) {
            throw new IllegalStateException("Wrong answers, not timing them: " + findings);
        }
    }

    private static void serviceLevel(Report report, Db db, URI people, URI meetings, int iterations, Path out)
            throws Exception {
        String someMeeting = Db.one(db.meetings(), "select id from meeting order by id limit 1");
        String typeahead = Db.one(db.people(), "select left(name, 7) from person order by id limit 1");
        Map<String, Rest> calls = new LinkedHashMap<>();
        calls.put("typeahead GET /people?text=" + typeahead, Rest.get(people, "/people?first=10&text="
                + java.net.URLEncoder.encode(typeahead, java.nio.charset.StandardCharsets.UTF_8)));
        calls.put("filtered list GET /meetings?country=KR&from&to&text=cyber", Rest.get(meetings,
                "/meetings?first=20&country=KR&from=2005-01-01&to=2025-12-31&text=cyber"));
        calls.put("single row GET /meetings/{id}", Rest.get(meetings, "/meetings/" + someMeeting));
        List<Latency.Percentiles> all = new ArrayList<>();
        for (Rest call : calls.values()) {
            all.add(Latency.measure(iterations / 5, iterations, call::timed));
        }
        double single = all.get(2).p95();
        List<List<Object>> rows = new ArrayList<>();
        int i = 0;
        for (String name : calls.keySet()) {
            Latency.Percentiles p = all.get(i++);
            rows.add(List.of(name, p.p50(), p.p95(), round(p.p95() / single)));
        }
        report.table("Service level (ms, one request at a time); plans in explain-*.txt", "service.csv",
                List.of("call", "p50", "p95", "p95 ÷ single-row p95"), rows);
        Explain.save(db, typeahead, someMeeting, out);
    }

    interface WrkRun {
        Wrk.Result run() throws Exception;
    }

    /**
     * The median of {@code runs} runs, after one more run that is discarded: it warms the JIT on this exact query
     * (C2 for Summitry's gateway, V8's optimiser for the peer), which on one core otherwise shows as a slow first run.
     */
    static Wrk.Result median(int runs, WrkRun run) throws Exception {
        run.run();
        List<Wrk.Result> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            results.add(run.run());
        }
        results.sort(Comparator.comparingDouble(Wrk.Result::answeredPerSecond));
        return results.get(results.size() / 2);
    }

    /** A run with the CPU seconds the gateway process (and its descendants) spent during it. */
    private static Wrk.Result withCpu(long pid, WrkRun run) throws Exception {
        double before = Processes.cpuSeconds(pid);
        Wrk.Result result = run.run();
        return result.withGatewayCpu(Processes.cpuSeconds(pid) - before);
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "" : Math.round(share * 100) + "%";
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
