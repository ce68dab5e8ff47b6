package io.summitry.bench.measure;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

import io.summitry.bench.Args;
import io.summitry.bench.check.Db;
import io.summitry.bench.data.Generator;
import io.summitry.bench.data.Scale;
import io.summitry.bench.live.MeetingEdits;
import io.summitry.bench.live.Subscriber;
import io.summitry.bench.load.DatasetLoader;
import io.summitry.bench.query.GraphQlClient;
import io.summitry.stack.App;
import io.summitry.stack.LocalStack;

/**
 * Command: subscription fan-out. {@code --subscribers} front ends (one WebSocket each, graphql-transport-ws) follow
 * one meeting through Summitry's gateway; the gateway's RSS is read before they connect and once they are idle (each
 * after a full GC, {@code jcmd GC.run}), then the meeting is edited {@code --edits} times and each delivery is timed
 * from the change's commit time ({@code Change.at}, PostgreSQL's clock, the same machine) to its arrival.
 * <p>
 * The gateway admits 50 connections per client address by default; the bench's subscribers all come from 127.0.0.1,
 * so the gateway is started with {@code SUMMITRY_SUBSCRIPTIONS_MAX_CONNECTIONS_PER_ADDRESS} above their number.
 * <p>
 * {@code java -cp "bench/target/classes:bench/target/lib/*" io.summitry.bench.measure.SubscriberFanOut --root .
 * --out bench/results --subscribers 1000}
 */
public final class SubscriberFanOut {

    private SubscriberFanOut() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = Args.parse(argv);
        Path root = Path.of(args.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path out = Path.of(args.getOrDefault("out", "bench/results")).toAbsolutePath();
        Scale scale = Scale.named(args.getOrDefault("scale", "tiny"), Long.parseLong(args.getOrDefault("seed", "42")));
        int subscribers = Integer.parseInt(args.getOrDefault("subscribers", "1000"));
        int edits = Integer.parseInt(args.getOrDefault("edits", "20"));
        Path tmp = out.resolve("tmp/fan-out");
        Files.createDirectories(tmp);
        List<String> lines = new ArrayList<>();
        lines.add("# Subscription fan-out (" + Instant.now() + ")");
        try (LocalStack stack = LocalStack.builder().projectRoot(root)
                .logDirectory(tmp).app(App.PEOPLE, 0).app(App.MEETINGS, 0).jvmOptions(GatewayProcess.JVM_OPTIONS)
                .start()) {
            DatasetLoader.load(Generator.generate(scale), stack.jdbcUrl(App.PEOPLE), stack.jdbcUrl(App.MEETINGS));
            try (Db db = new Db(stack.jdbcUrl(App.PEOPLE), stack.jdbcUrl(App.MEETINGS));
                    GatewayProcess gateway = GatewayProcess.start(root, LocalStackPorts.free(),
                            stack.baseUri(App.PEOPLE), stack.baseUri(App.MEETINGS), Measure.GATEWAY_CPU,
                            tmp.resolve("gateway.log"), Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                                    stack.jwtPublicKey().toUri().toString(),
                                    "SUMMITRY_SUBSCRIPTIONS_MAX_CONNECTIONS_PER_ADDRESS",
                                    Integer.toString(subscribers + 100)))) {
                GraphQlClient editor = new GraphQlClient(gateway.graphql(), stack.editorToken());
                MeetingEdits.Meeting meeting = MeetingEdits.meetings(db.meetings(), 0, 1).get(0);
                MeetingEdits.warm(editor, meeting, 10, 100);
                HttpClient http = HttpClient.newHttpClient();

                // warm-up: the subscription path's classes and JIT, so the idle figure holds subscribers only
                List<Subscriber> warm = connect(http, gateway, meeting, Math.min(100, subscribers));
                deliver(editor, meeting, warm, 5);
                warm.forEach(Subscriber::close);
                Thread.sleep(2000);
                double before = settledRssKiB(gateway.pid());

                long t0 = System.nanoTime();
                List<Subscriber> all = connect(http, gateway, meeting, subscribers);
                long connectMillis = (System.nanoTime() - t0) / 1_000_000;
                Thread.sleep(3000);
                double idle = settledRssKiB(gateway.pid());
                String loadIdle = Load.average();

                Histogram delivery = new Histogram(60_000_000_000L, 3);
                long missing = deliver(editor, meeting, all, edits);
                for (Subscriber s : all) {
                    for (Subscriber.Delivery d : s.deliveries()) {
                        delivery.recordValue(Math.max(0, d.millis()));
                    }
                }
                long failed = all.stream().filter(s -> s.failure() != null).count();
                all.stream().filter(s -> s.failure() != null).limit(3)
                        .forEach(s -> System.out.println("failed: " + s.failure()));
                lines.add("");
                lines.add("%d subscribers of one meeting (`meetingChanged`, one WebSocket each, graphql-transport-ws,"
                        .formatted(subscribers) + " connected in " + connectMillis + " ms), gateway on core 0 with"
                        + " the bench's JVM flags; " + edits + " edits of the meeting, each awaited by every"
                        + " subscriber before the next. Scale " + scale + ".");
                lines.add("");
                lines.add("| figure | value | load average |");
                lines.add("|---|---|---|");
                lines.add("| gateway RSS before / with the idle subscribers (after a full GC each), MiB | %.1f / %.1f | %s |"
                        .formatted(before / 1024, idle / 1024, loadIdle));
                lines.add("| RSS per idle subscriber, KiB | **%.1f** | |".formatted((idle - before) / subscribers));
                lines.add("| delivery, commit → arrival, p50 / p99 / max ms (%d deliveries) | %d / **%d** / %d | %s |"
                        .formatted(delivery.getTotalCount(), delivery.getValueAtPercentile(50),
                                delivery.getValueAtPercentile(99), delivery.getMaxValue(), Load.average()));
                lines.add("| deliveries missing after 30 s / connections with an error | %d / %d | |".formatted(
                        missing, failed));
                all.forEach(Subscriber::close);
                lines.forEach(System.out::println);
            }
        }
        Files.write(out.resolve("fan-out.md"), lines);
        System.out.println("Written to " + out.resolve("fan-out.md"));
    }

    private static List<Subscriber> connect(HttpClient http, GatewayProcess gateway, MeetingEdits.Meeting meeting,
            int count) throws Exception {
        List<CompletableFuture<Subscriber>> pending = new ArrayList<>();
        List<Subscriber> subscribers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pending.add(Subscriber.subscribe(http, gateway.graphql(), meeting.id));
            if (pending.size() == 50) { // a front end's pace, not a flood of handshakes
                for (CompletableFuture<Subscriber> p : pending) {
                    subscribers.add(p.get(60, TimeUnit.SECONDS));
                }
                pending.clear();
            }
        }
        for (CompletableFuture<Subscriber> p : pending) {
            subscribers.add(p.get(60, TimeUnit.SECONDS));
        }
        Thread.sleep(1000); // the last subscribe messages reach the gateway
        return subscribers;
    }

    /** Edits the meeting {@code edits} times, each time until every subscriber has the change; answers the missing. */
    private static long deliver(GraphQlClient editor, MeetingEdits.Meeting meeting, List<Subscriber> subscribers,
            int edits) throws Exception {
        long missing = 0;
        for (int e = 0; e < edits; e++) {
            Thread.sleep(300); // a change whose edit answered with an error may still arrive: let it
            int expected = subscribers.stream().mapToInt(s -> s.deliveries().size()).max().orElse(0) + 1;
            try {
                MeetingEdits.edit(editor, meeting);
            } catch (IllegalStateException failed) { // the deadline passed; the edit may have committed
                MeetingEdits.refresh(editor, meeting);
                continue;
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline
                    && subscribers.stream().anyMatch(s -> s.deliveries().size() < expected && s.failure() == null)) {
                Thread.sleep(5);
            }
            missing += subscribers.stream().filter(s -> s.deliveries().size() < expected).count();
            Thread.sleep(200);
        }
        return missing;
    }

    /** RSS in KiB after a full GC ({@code jcmd <pid> GC.run}) and a pause. */
    private static double settledRssKiB(long pid) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "GC.run").redirectErrorStream(true).start();
        jcmd.getInputStream().readAllBytes();
        jcmd.waitFor(30, TimeUnit.SECONDS);
        Thread.sleep(1000);
        return Processes.rssMiB(pid) * 1024;
    }
}
