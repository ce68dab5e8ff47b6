package io.summitry.bench.measure;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;

import io.summitry.bench.Args;
import io.summitry.bench.check.Db;
import io.summitry.bench.data.Generator;
import io.summitry.bench.data.Scale;
import io.summitry.bench.live.MeetingEdits;
import io.summitry.bench.load.DatasetLoader;
import io.summitry.bench.query.BenchQuery;
import io.summitry.bench.query.GraphQlClient;
import io.summitry.bench.query.QueryCase;
import io.summitry.stack.App;
import io.summitry.stack.LocalStack;

/**
 * Command: repeated reads with the response caches, and how long a write leaves a replica stale.
 * <ol>
 * <li>Cached answers/s of the five front-end queries (the bench's checked cases, the same query sent again and
 * again, as many tabs opening one page): Summitry's gateway with its response cache, the same gateway without it
 * ({@code SUMMITRY_RESPONSE_CACHE_ENABLED=false}), Hive Gateway without and with its response cache
 * ({@code bench/peer/gateway-cached.config.ts}); each gateway alone under wrk, on core 0, in one run.</li>
 * <li>Staleness: two replicas of Summitry's gateway with their caches, each holding a meeting's answer; an
 * {@code updateMeeting} through the first; the first is read once (it must answer the new title: the mutation evicts
 * before it answers), then the second is read until it answers the new title (its change stream evicts). The time
 * from the mutation's answer to the second replica's first fresh answer, p50/p99 over {@code --writes} edits.</li>
 * </ol>
 * {@code java -cp "bench/target/classes:bench/target/lib/*" io.summitry.bench.measure.CachedAnswers --root .
 * --out bench/results --scale full} ({@code --no-peer} for Summitry alone)
 */
public final class CachedAnswers {

    static final String MEETING_TITLE = "query($id: ID!) { meeting(id: $id) { id title version } }";

    private CachedAnswers() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = Args.parse(argv);
        Path root = Path.of(args.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path out = Path.of(args.getOrDefault("out", "bench/results")).toAbsolutePath();
        Scale scale = Scale.named(args.getOrDefault("scale", "full"), Long.parseLong(args.getOrDefault("seed", "42")));
        int runs = Integer.parseInt(args.getOrDefault("runs", "1"));
        int seconds = Integer.parseInt(args.getOrDefault("seconds", "10"));
        int connections = Integer.parseInt(args.getOrDefault("connections", "16"));
        int writes = Integer.parseInt(args.getOrDefault("writes", "200"));
        boolean withPeer = !args.containsKey("no-peer");
        Path tmp = out.resolve("tmp/cached-answers");
        Files.createDirectories(tmp);
        List<String> lines = new ArrayList<>();
        lines.add("# Cached answers and staleness (" + Instant.now() + ")");
        lines.add("");
        lines.add("Scale " + scale + "; wrk -t1 -c" + connections + " -d" + seconds + "s, median of " + runs
                + " run(s) after one discarded; " + Load.average() + " at the start.");

        try (LocalStack stack = LocalStack.builder().projectRoot(root)
                .logDirectory(tmp).app(App.PEOPLE, 0).app(App.MEETINGS, 0).jvmOptions(GatewayProcess.JVM_OPTIONS)
                .start()) {
            DatasetLoader.Report load = DatasetLoader.load(Generator.generate(scale), stack.jdbcUrl(App.PEOPLE),
                    stack.jdbcUrl(App.MEETINGS));
            lines.add("Loaded " + load.rows() + " rows.");
            URI people = stack.baseUri(App.PEOPLE);
            URI meetings = stack.baseUri(App.MEETINGS);
            Map<String, String> key = Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                    stack.jwtPublicKey().toUri().toString());
            Map<String, String> uncachedSettings = new LinkedHashMap<>(key);
            uncachedSettings.put("SUMMITRY_RESPONSE_CACHE_ENABLED", "false");
            try (Db db = new Db(stack.jdbcUrl(App.PEOPLE), stack.jdbcUrl(App.MEETINGS));
                    GatewayProcess cached = GatewayProcess.start(root, LocalStackPorts.free(), people, meetings,
                            Measure.GATEWAY_CPU, tmp.resolve("gateway-cached.log"), key);
                    GatewayProcess uncached = GatewayProcess.start(root, LocalStackPorts.free(), people, meetings,
                            Measure.GATEWAY_CPU, tmp.resolve("gateway-uncached.log"), uncachedSettings)) {
                GraphQlClient checkedGateway = new GraphQlClient(uncached.graphql());
                var checker = Measure.checked(db, checkedGateway, 20);
                List<QueryCase> cases = checker.checkAll().stream()
                        .filter(c -> c.query() != BenchQuery.WIDE_TYPEAHEAD).toList();
                Measure.requireNoFindings(out, checker.findings());
                lines.add("Summitry's answers checked against the databases: all " + cases.size() + " match.");

                // every gateway up at once, idle while another is measured; query by query, the four in turn, so
                // that a ratio is taken within minutes on a machine whose load moves
                Map<String, Target> targets = new LinkedHashMap<>();
                targets.put("Summitry uncached", new Target(uncached.graphql(), uncached.pid(), null));
                targets.put("Summitry cached", new Target(cached.graphql(), cached.pid(), null));
                List<Peer> peers = new ArrayList<>();
                try {
                    if (withPeer) {
                        for (String config : new String[] {null, "gateway-cached.config.ts"}) {
                            Peer peer;
                            try {
                                peer = Peer.start(root.resolve("bench/peer"), tmp, people, meetings,
                                        Measure.PEER_PORT + peers.size(), Measure.GATEWAY_CPU, config);
                            } catch (Exception e) { // Summitry's figures are still worth having
                                lines.add("The peer did not start (" + config + "): " + e.getMessage()
                                        .lines().findFirst().orElse(""));
                                System.out.println(lines.get(lines.size() - 1));
                                break;
                            }
                            peers.add(peer);
                            GraphQlClient peerClient = new GraphQlClient(peer.endpoint());
                            Map<String, String> bodies = new LinkedHashMap<>();
                            List<String> findings = new ArrayList<>();
                            for (QueryCase c : cases) {
                                bodies.put(c.label(), PeerCases.body(c, peer.query(c.query()).orElseThrow(),
                                        peerClient, checkedGateway, findings));
                            }
                            Measure.requireNoFindings(out, findings);
                            targets.put(config == null ? "Hive uncached" : "Hive cached",
                                    new Target(peer.endpoint(), peer.pid(), bodies));
                        }
                    }
                    Map<String, Map<String, Wrk.Result>> results = new LinkedHashMap<>();
                    targets.keySet().forEach(name -> results.put(name, new LinkedHashMap<>()));
                    Map<String, String> loads = new LinkedHashMap<>();
                    for (QueryCase c : cases) {
                        for (var target : targets.entrySet()) {
                            results.get(target.getKey()).put(c.label(), measure(target.getValue(), c, runs,
                                    connections, seconds, tmp, target.getKey()));
                        }
                        loads.put(c.label(), Load.average());
                    }
                    lines.add("After the runs, each query sent twice more to Summitry's cached gateway; the second answer's"
                            + " `extensions.responseCache.hit`: " + hits(new GraphQlClient(cached.graphql()), cases)
                            + ".");
                    table(lines, cases, results, loads);
                } finally {
                    peers.forEach(Peer::close);
                }

                try (GatewayProcess replica = GatewayProcess.start(root, LocalStackPorts.free(), people, meetings,
                        Measure.GATEWAY_CPU, tmp.resolve("gateway-replica.log"), key)) {
                    staleness(lines, db, new GraphQlClient(cached.graphql(), stack.editorToken()),
                            new GraphQlClient(replica.graphql()), writes);
                }
            }
        }
        Files.write(out.resolve("cached-answers.md"), lines);
        System.out.println("Written to " + out.resolve("cached-answers.md"));
    }

    /** A gateway under test: its endpoint, its process and, for the peer, its own bodies of the cases. */
    private record Target(URI endpoint, long pid, Map<String, String> peerBodies) {
    }

    private static Wrk.Result measure(Target target, QueryCase c, int runs, int connections, int seconds, Path tmp,
            String name) throws Exception {
        String body = target.peerBodies() == null ? GraphQlClient.body(c) : target.peerBodies().get(c.label());
        Wrk.Result result = Measure.median(runs, () -> {
            double before = Processes.cpuSeconds(target.pid());
            Wrk.Result r = Wrk.run(target.endpoint(), body, connections, seconds, Measure.LOAD_CPU, tmp);
            return r.withGatewayCpu(Processes.cpuSeconds(target.pid()) - before);
        });
        System.out.printf("%s, %s: %.1f answers/s, p99 %.1f ms, %d errors (%s)%n", name, c.label(),
                result.answeredPerSecond(), result.p99(), result.errors(), Load.average());
        return result;
    }

    /** Whether each query is now answered from the cache (a stream behind by more than the bound bypasses it). */
    private static String hits(GraphQlClient cached, List<QueryCase> cases) {
        List<String> hits = new ArrayList<>();
        for (QueryCase c : cases) {
            cached.send(c);
            hits.add(c.label() + " " + cached.send(c).at("/extensions/responseCache/hit").asBoolean(false));
        }
        return String.join(", ", hits);
    }

    private static void table(List<String> lines, List<QueryCase> cases, Map<String, Map<String, Wrk.Result>> results,
            Map<String, String> loads) {
        List<String> names = new ArrayList<>(results.keySet());
        lines.add("");
        lines.add("## Cached answers/s, the five front-end queries");
        lines.add("");
        lines.add("Answers/s (2xx without GraphQL errors) and p99 ms, each gateway alone on core 0, wrk on core 1; "
                + "load average after each query's runs: " + loads.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + " · " + b).orElse("") + ".");
        lines.add("");
        StringBuilder header = new StringBuilder("| query |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String name : names) {
            header.append(' ').append(name).append(" answers/s (p99 ms) |");
            rule.append("---|");
        }
        header.append(" Summitry cached ÷ uncached |");
        rule.append("---|");
        boolean peer = results.containsKey("Hive cached");
        if (peer) {
            header.append(" Hive cached ÷ uncached | Summitry cached ÷ Hive cached |");
            rule.append("---|---|");
        }
        lines.add(header.toString());
        lines.add(rule.toString());
        for (QueryCase c : cases) {
            StringBuilder row = new StringBuilder("| " + c.label() + " |");
            for (String name : names) {
                Wrk.Result r = results.get(name).get(c.label());
                row.append(" %.1f (%.1f)%s |".formatted(r.answeredPerSecond(), r.p99(),
                        r.errors() > 0 ? ", " + r.errors() + " errors" : ""));
            }
            row.append(" **%.1f** |".formatted(rate(results, "Summitry cached", c) / rate(results,
                    "Summitry uncached", c)));
            if (peer) {
                row.append(" %.1f | **%.2f** |".formatted(rate(results, "Hive cached", c) / rate(results,
                        "Hive uncached", c), rate(results, "Summitry cached", c) / rate(results, "Hive cached", c)));
            }
            lines.add(row.toString());
        }
        lines.add("");
        lines.add("Gateway CPU ms per answer (same order of gateways): " + String.join(" · ", cases.stream()
                .map(c -> c.label() + " " + String.join(" / ", names.stream().map(n -> "%.2f".formatted(results
                        .get(n).get(c.label()).gatewayCpuMillisPerAnswer())).toList())).toList()) + ".");
        lines.subList(lines.size() - cases.size() - 6, lines.size()).forEach(System.out::println);
    }

    private static double rate(Map<String, Map<String, Wrk.Result>> results, String name, QueryCase c) {
        return results.get(name).get(c.label()).answeredPerSecond();
    }

    /** The meeting's title as a gateway answers it, or null for an error answer (a deadline passed). */
    private static String title(GraphQlClient gateway, String body) {
        try {
            return gateway.send(body, "meeting").at("/data/meeting/title").asText();
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static void staleness(List<String> lines, Db db, GraphQlClient writer, GraphQlClient replica,
            int writes) throws Exception {
        List<MeetingEdits.Meeting> meetings = MeetingEdits.meetings(db.meetings(), 1000, writes);
        Histogram other = new Histogram(60_000_000_000L, 3);
        long staleOnWriter = 0;
        long notHeld = 0;
        long failedWrites = 0;
        long polls = 0;
        for (MeetingEdits.Meeting m : meetings) {
            String body = GraphQlClient.body(MEETING_TITLE, Map.of("id", m.id));
            for (GraphQlClient gateway : List.of(writer, replica)) {
                gateway.send(body, "meeting");
                if (!gateway.send(body, "meeting").at("/extensions/responseCache/hit").asBoolean(false)) {
                    notHeld++; // its stream was behind by more than the bound: answered from the services
                }
            }
            try {
                MeetingEdits.edit(writer, m);
            } catch (IllegalStateException e) {
                failedWrites++; // the gateway's deadline passed; the write may or may not have committed
                MeetingEdits.refresh(writer, m);
                continue;
            }
            long answered = System.nanoTime();
            if (!m.title.equals(title(writer, body))) {
                staleOnWriter++;
            }
            while (!m.title.equals(title(replica, body))) {
                polls++;
                if (System.nanoTime() - answered > 30_000_000_000L) {
                    throw new IllegalStateException("The replica still answered the old title after 30 s");
                }
            }
            other.recordValue(Math.max(1, System.nanoTime() - answered));
        }
        lines.add("");
        lines.add("## Staleness after a write");
        lines.add("");
        lines.add(writes + " edits (`updateMeeting`, a new title) through replica A, each of a meeting both replicas"
                + " held as a cache hit; then A read once, then B read back to back until it answered the new title ("
                + polls + " stale reads of B in all; " + notHeld + " of the " + 2 * writes + " second reads before a"
                + " write were not hits, a stream being behind). " + Load.average() + " after.");
        lines.add("");
        lines.add("| figure | value |");
        lines.add("|---|---|");
        lines.add("| writes answered with an error (left out) | %d |".formatted(failedWrites));
        lines.add("| stale answers on A, the replica that served the write | **%d** of %d |".formatted(staleOnWriter,
                writes));
        lines.add("| B: ms from the mutation's answer to its first fresh answer, p50 / p99 / max | %.1f / **%.1f** / %.1f |"
                .formatted(other.getValueAtPercentile(50) / 1e6, other.getValueAtPercentile(99) / 1e6,
                        other.getMaxValue() / 1e6));
        lines.subList(lines.size() - 8, lines.size()).forEach(System.out::println);
    }
}
