package io.summitry.bench.measure;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;

import io.summitry.bench.Args;
import io.summitry.bench.check.Db;
import io.summitry.bench.data.Generator;
import io.summitry.bench.data.Scale;
import io.summitry.bench.live.HistoryBaseline;
import io.summitry.bench.live.MeetingEdits;
import io.summitry.bench.load.DatasetLoader;
import io.summitry.bench.query.GraphQlClient;
import io.summitry.stack.App;
import io.summitry.stack.LocalStack;

/**
 * Command: what keeping history costs a write, and what reading it costs.
 * <ol>
 * <li>Write cost: {@code updateMeeting} through Summitry's gateway against meetings-service as deployed (Envers and
 * the change index written in the update's transaction) and against a second meetings-service on the same database
 * with the revision log off; p50/p99 one at a time and answers/s with {@code --connections} editors, the two variants
 * taken in alternating rounds of one run, so that the machine's load falls on both alike.</li>
 * <li>History read: {@code Meeting.history} first page (20 changes with their fields) one at a time, at the loaded
 * scale with every loaded record's CREATED change ({@link HistoryBaseline}) and {@code --edited} meetings edited
 * {@code --edits} times each by the bench; and the service's own {@code GET /meetings/{id}/history}.</li>
 * </ol>
 * The log is turned off with Hibernate's {@code hibernate.envers.autoRegisterListeners=false}, passed at run time as
 * {@code -Dquarkus.hibernate-orm.unsupported-properties."hibernate.envers.autoRegisterListeners"=false}
 * ({@code quarkus.hibernate-envers.active} is fixed at build time): Envers then registers no listener, so neither
 * the revision, the audit rows nor the change index are written. The run checks that it is so.
 * <p>
 * {@code java -cp "bench/target/classes:bench/target/lib/*" io.summitry.bench.measure.HistoryCost --root .
 * --out bench/results --scale full}
 */
public final class HistoryCost {

    static final String NO_LOG = "quarkus.hibernate-orm.unsupported-properties.\"hibernate.envers.autoRegisterListeners\"";
    static final String HISTORY = """
            query($id: ID!) { meeting(id: $id) { history(first: 20) { totalCount
              edges { cursor node { revision at kind typename nodeId note editor { id name }
                fields { field before after } } }
              pageInfo { hasNextPage endCursor } } } }""";

    private HistoryCost() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = Args.parse(argv);
        Path root = Path.of(args.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path out = Path.of(args.getOrDefault("out", "bench/results")).toAbsolutePath();
        Scale scale = Scale.named(args.getOrDefault("scale", "full"), Long.parseLong(args.getOrDefault("seed", "42")));
        int rounds = Integer.parseInt(args.getOrDefault("rounds", "3"));
        int iterations = Integer.parseInt(args.getOrDefault("iterations", "200"));
        int seconds = Integer.parseInt(args.getOrDefault("seconds", "10"));
        int connections = Integer.parseInt(args.getOrDefault("connections", "4"));
        int edited = Integer.parseInt(args.getOrDefault("edited", "500"));
        int edits = Integer.parseInt(args.getOrDefault("edits", "3"));
        int reads = Integer.parseInt(args.getOrDefault("reads", "1000"));
        Path tmp = out.resolve("tmp/history-cost");
        Files.createDirectories(tmp);
        List<String> lines = new ArrayList<>();
        lines.add("# History: write cost and history read (" + Instant.now() + ")");
        lines.add("");
        lines.add("Scale " + scale + "; " + Load.average() + " at the start.");

        try (LocalStack stack = LocalStack.builder().projectRoot(root)
                .logDirectory(tmp).app(App.PEOPLE, 0).app(App.MEETINGS, 0).jvmOptions(GatewayProcess.JVM_OPTIONS)
                .start()) {
            long t0 = System.nanoTime();
            DatasetLoader.Report load = DatasetLoader.load(Generator.generate(scale), stack.jdbcUrl(App.PEOPLE),
                    stack.jdbcUrl(App.MEETINGS));
            long baseline = HistoryBaseline.record(stack.jdbcUrl(App.MEETINGS));
            lines.add("Loaded " + load.rows() + " rows and " + baseline + " CREATED changes in "
                    + (System.nanoTime() - t0) / 1_000_000 + " ms.");
            System.out.println(lines.get(lines.size() - 1));
            Map<String, String> gatewaySettings = Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                    stack.jwtPublicKey().toUri().toString(), "SUMMITRY_RESPONSE_CACHE_ENABLED", "false");
            URI people = stack.baseUri(App.PEOPLE);
            try (Db db = new Db(stack.jdbcUrl(App.PEOPLE), stack.jdbcUrl(App.MEETINGS));
                    ServiceProcess noLog = ServiceProcess.start(root, "meetings-service", stack.jdbcUrl(App.MEETINGS),
                            stack.jwtPublicKey(), LocalStackPorts.free(), Map.of(NO_LOG, "false"),
                            tmp.resolve("meetings-service-no-log.log"));
                    GatewayProcess withLogGateway = GatewayProcess.start(root, LocalStackPorts.free(), people,
                            stack.baseUri(App.MEETINGS), Measure.GATEWAY_CPU, tmp.resolve("gateway-log.log"),
                            gatewaySettings);
                    GatewayProcess noLogGateway = GatewayProcess.start(root, LocalStackPorts.free(), people,
                            noLog.base(), Measure.GATEWAY_CPU, tmp.resolve("gateway-no-log.log"), gatewaySettings)) {
                String token = stack.editorToken();
                Map<String, GraphQlClient> variants = new LinkedHashMap<>();
                variants.put("with the revision log", new GraphQlClient(withLogGateway.graphql(), token));
                variants.put("without (Envers listeners off)", new GraphQlClient(noLogGateway.graphql(), token));
                List<MeetingEdits.Meeting> writeSet = MeetingEdits.meetings(db.meetings(), 0, 64 * connections);
                for (GraphQlClient variant : variants.values()) {
                    MeetingEdits.warm(variant, writeSet.get(0), 20, 200);
                }
                checkSwitch(db, variants, writeSet);
                writeCost(lines, variants, writeSet, rounds, iterations, seconds, connections);
                if (args.containsKey("profile")) {
                    profileWrites(lines, stack.pid(App.MEETINGS), variants.get("with the revision log"), writeSet,
                            iterations, tmp);
                }
                historyRead(lines, db, variants.get("with the revision log"), stack.baseUri(App.MEETINGS), edited,
                        edits, reads, connections, 64 * connections);
            }
        }
        Files.write(out.resolve("history-cost.md"), lines);
        System.out.println("Written to " + out.resolve("history-cost.md"));
    }

    /** One edit through each variant: the log must gain exactly one revision with the log, none without. */
    private static void checkSwitch(Db db, Map<String, GraphQlClient> variants, List<MeetingEdits.Meeting> meetings)
            throws Exception {
        List<Long> added = new ArrayList<>();
        for (GraphQlClient client : variants.values()) {
            long before = Long.parseLong(Db.one(db.meetings(), "select count(*) from revision"));
            MeetingEdits.edit(client, meetings.get(0));
            added.add(Long.parseLong(Db.one(db.meetings(), "select count(*) from revision")) - before);
        }
        if (added.get(0) != 1 || added.get(1) != 0) {
            throw new IllegalStateException("Revisions written by one edit with / without the log: " + added
                    + "; expected [1, 0]");
        }
    }

    private static void writeCost(List<String> lines, Map<String, GraphQlClient> variants,
            List<MeetingEdits.Meeting> meetings, int rounds, int iterations, int seconds, int connections)
            throws Exception {
        Map<String, Histogram> oneAtATime = new LinkedHashMap<>();
        Map<String, Histogram> underLoad = new LinkedHashMap<>();
        Map<String, long[]> answered = new LinkedHashMap<>();
        variants.keySet().forEach(name -> {
            oneAtATime.put(name, new Histogram(60_000_000_000L, 3));
            underLoad.put(name, new Histogram(60_000_000_000L, 3));
            answered.put(name, new long[2]);
        });
        List<String> loads = new ArrayList<>();
        Map<String, Long> oneErrors = new LinkedHashMap<>();
        for (var variant : variants.entrySet()) { // warm both gateways and services on the mutation
            for (int i = 0; i < iterations; i++) {
                MeetingEdits.editRetrying(variant.getValue(), meetings.get(i % meetings.size()), 3);
            }
        }
        for (int round = 1; round <= rounds; round++) {
            for (var variant : variants.entrySet()) {
                Histogram h = oneAtATime.get(variant.getKey());
                for (int i = 0; i < iterations; i++) {
                    MeetingEdits.Meeting m = meetings.get(i % meetings.size());
                    long start = System.nanoTime();
                    try {
                        h.recordValue(MeetingEdits.edit(variant.getValue(), m));
                    } catch (IllegalStateException e) { // the gateway's deadline passed: an error, timed as such
                        h.recordValue(System.nanoTime() - start);
                        oneErrors.merge(variant.getKey(), 1L, Long::sum);
                        MeetingEdits.refresh(variant.getValue(), m);
                    }
                }
                long[] result = concurrently(variant.getValue(), meetings, connections, seconds,
                        underLoad.get(variant.getKey()));
                answered.get(variant.getKey())[0] += result[0];
                answered.get(variant.getKey())[1] += result[1];
                loads.add(Load.average());
                System.out.printf("round %d, %s: %d answers, %d errors in %d s (%s)%n", round, variant.getKey(),
                        result[0], result[1], seconds, loads.get(loads.size() - 1));
            }
        }
        lines.add("");
        lines.add("## Write cost of keeping history");
        lines.add("");
        lines.add("`updateMeeting` (a new title) through Summitry's gateway (on core 0, response cache off), "
                + rounds + " alternating rounds of " + iterations + " one-at-a-time edits then " + seconds
                + " s with " + connections + " editors on distinct meetings, the two variants in turn; "
                + "load average after each load run: " + String.join(" · ", loads) + ". One-at-a-time edits"
                + " answered with an error (the gateway's deadline passed), timed until that answer: " + oneErrors
                + ".");
        lines.add("");
        lines.add("| variant | one at a time p50 ms | p99 ms | answers/s (" + connections + " editors) | p50 ms | p99 ms"
                + " | errors |");
        lines.add("|---|---|---|---|---|---|---|");
        for (String name : variants.keySet()) {
            Histogram one = oneAtATime.get(name);
            Histogram many = underLoad.get(name);
            lines.add("| %s | %.2f | %.2f | %.1f | %.2f | %.2f | %d |".formatted(name, ms(one, 50), ms(one, 99),
                    answered.get(name)[0] / (double) (rounds * seconds), ms(many, 50), ms(many, 99),
                    answered.get(name)[1]));
        }
        List<String> names = new ArrayList<>(variants.keySet());
        Histogram with = oneAtATime.get(names.get(0));
        Histogram without = oneAtATime.get(names.get(1));
        lines.add("| ratio (with ÷ without) | **%.2f** | %.2f | %.2f | %.2f | %.2f | |".formatted(
                ms(with, 50) / ms(without, 50), ms(with, 99) / ms(without, 99),
                answered.get(names.get(0))[0] / (double) answered.get(names.get(1))[0],
                ms(underLoad.get(names.get(0)), 50) / ms(underLoad.get(names.get(1)), 50),
                ms(underLoad.get(names.get(0)), 99) / ms(underLoad.get(names.get(1)), 99)));
        lines.forEach(System.out::println);
    }

    /** A wall-clock profile of meetings-service with the log while it takes {@code edits} edits one at a time. */
    private static void profileWrites(List<String> lines, long pid, GraphQlClient withLog,
            List<MeetingEdits.Meeting> meetings, int edits, Path tmp) throws Exception {
        Profiler profiler = Profiler.of(pid, tmp);
        profiler.start("start,event=wall,interval=1ms");
        for (int i = 0; i < edits; i++) {
            MeetingEdits.editRetrying(withLog, meetings.get(i % meetings.size()), 3);
        }
        Path collapsed = tmp.resolve("profile-update.collapsed");
        profiler.stop(collapsed, tmp.resolve("profile-update.html"));
        lines.add("");
        lines.add("Where an update's time goes at meetings-service with the log (async-profiler, wall clock, " + edits
                + " edits one at a time; share of the samples of `MeetingResource.update`; " + Load.average() + "):");
        lines.add("");
        lines.add("| part | share |");
        lines.add("|---|---|");
        lines.addAll(WriteProfile.shares(collapsed));
        lines.subList(lines.size() - WriteProfile.PARTS.size() - 4, lines.size()).forEach(System.out::println);
    }

    /** Each thread edits its own meetings, round robin, until the time is up; answers {answers, errors}. */
    private static long[] concurrently(GraphQlClient client, List<MeetingEdits.Meeting> meetings, int threads,
            int seconds, Histogram histogram) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            int share = meetings.size() / threads;
            for (int t = 0; t < threads; t++) {
                List<MeetingEdits.Meeting> own = meetings.subList(t * share, (t + 1) * share);
                results.add(pool.submit(() -> {
                    long ok = 0;
                    long errors = 0;
                    for (int i = 0; System.nanoTime() < end; i++) {
                        try {
                            long nanos = MeetingEdits.edit(client, own.get(i % own.size()));
                            synchronized (histogram) {
                                histogram.recordValue(nanos);
                            }
                            ok++;
                        } catch (RuntimeException e) {
                            errors++;
                            MeetingEdits.refresh(client, own.get(i % own.size()));
                        }
                    }
                    return new long[] {ok, errors};
                }));
            }
            long[] total = new long[2];
            for (Future<long[]> result : results) {
                total[0] += result.get()[0];
                total[1] += result.get()[1];
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }

    private static void historyRead(List<String> lines, Db db, GraphQlClient gateway, URI meetingsService,
            int edited, int edits, int reads, int threads, int skip) throws Exception {
        List<MeetingEdits.Meeting> meetings = MeetingEdits.meetings(db.meetings(), skip, edited);
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            int share = Math.max(1, meetings.size() / threads);
            for (int t = 0; t < threads; t++) {
                List<MeetingEdits.Meeting> own = meetings.subList(Math.min(meetings.size(), t * share),
                        Math.min(meetings.size(), (t + 1) * share));
                done.add(pool.submit(() -> {
                    for (int e = 0; e < edits; e++) {
                        for (MeetingEdits.Meeting m : own) {
                            MeetingEdits.editRetrying(gateway, m, 3);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long editMillis = (System.nanoTime() - t0) / 1_000_000;
        String changes = Db.one(db.meetings(), "select count(*) from change");
        String meetingCount = Db.one(db.meetings(), "select count(*) from meeting");
        try (var analyze = db.meetings().createStatement()) {
            analyze.execute("analyze change");
        }
        Random random = new Random(7);
        int warmup = Math.max(50, reads / 5);
        long[] readErrors = new long[1];
        Latency.Percentiles viaGateway = Latency.measure(warmup, reads, () -> {
            MeetingEdits.Meeting m = meetings.get(random.nextInt(meetings.size()));
            long s = System.nanoTime();
            JsonNode page;
            try {
                page = gateway.send(GraphQlClient.body(HISTORY, Map.of("id", m.id)), "Meeting.history");
            } catch (IllegalStateException e) { // an error answer: timed until it came, and counted
                readErrors[0]++;
                return System.nanoTime() - s;
            }
            long nanos = System.nanoTime() - s;
            if (page.at("/data/meeting/history/edges").size() == 0) {
                throw new IllegalStateException("An edited meeting without history: " + page);
            }
            return nanos;
        });
        String afterGateway = Load.average();
        Latency.Percentiles atService = Latency.measure(warmup, reads, () -> Rest.get(meetingsService,
                "/meetings/" + meetings.get(random.nextInt(meetings.size())).uuid + "/history?first=20").timed());
        String afterService = Load.average();
        String sample = gateway.send(GraphQlClient.body(HISTORY, Map.of("id", meetings.get(0).id)), "history")
                .at("/data/meeting/history/totalCount").asText();
        lines.add("");
        lines.add("## Meeting.history, first page");
        lines.add("");
        lines.add("%s meetings; %s rows in the change table: every loaded record's CREATED change, the write-cost "
                .formatted(meetingCount, changes) + "edits, and " + edited + " meetings edited " + edits
                + " times each by the bench (" + editMillis + " ms for the " + edited * edits + " edits). " + reads
                + " reads one at a time of a random edited meeting (its totalCount e.g. " + sample + "), after "
                + warmup + " unmeasured; response cache off; reads answered with an error (timed, counted): "
                + readErrors[0] + ".");
        lines.add("");
        lines.add("| read | p50 ms | p95 ms | p99 ms | load average after |");
        lines.add("|---|---|---|---|---|");
        lines.add("| `meeting(id) { history(first: 20) { … fields … } }` via the gateway | %.2f | **%.2f** | %.2f | %s |"
                .formatted(viaGateway.p50(), viaGateway.p95(), viaGateway.p99(), afterGateway));
        lines.add("| `GET /meetings/{id}/history?first=20` at meetings-service | %.2f | %.2f | %.2f | %s |"
                .formatted(atService.p50(), atService.p95(), atService.p99(), afterService));
        lines.subList(lines.size() - 7, lines.size()).forEach(System.out::println);
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1e6;
    }
}
