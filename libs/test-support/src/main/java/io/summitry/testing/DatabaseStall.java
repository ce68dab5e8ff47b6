package io.summitry.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a bounded load against a service while its PostgreSQL server is frozen ({@link StoppedPostgres}), then thawed,
 * and records every answer: what the service's clients see when the database stalls and when it comes back.
 */
public final class DatabaseStall {

    /** One HTTP exchange: when it started and ended (nanoseconds on the test's clock) and what came back. */
    public record Answer(long startNanos, long endNanos, int status, String contentType, String retryAfter,
            String body) {

        public Duration latency() {
            return Duration.ofNanos(endNanos - startNanos);
        }
    }

    /** What happened: the load's answers, the liveness probes' answers, and when the server was stopped and resumed. */
    public record Report(List<Answer> answers, List<Answer> liveness, long stoppedAt, long resumedAt) {

        /** Answers to requests sent while the server was stopped and finished before it resumed. */
        public List<Answer> duringStall() {
            return answers.stream().filter(a -> a.startNanos() >= stoppedAt && a.endNanos() < resumedAt).toList();
        }

        /** Answers to requests sent at least {@code grace} after the server resumed. */
        public List<Answer> after(Duration grace) {
            return answers.stream().filter(a -> a.startNanos() >= resumedAt + grace.toNanos()).toList();
        }

        /** One line per answer: ms from the stop to its start, its latency in ms, its status; for a failure message. */
        public String timeline() {
            StringBuilder text = new StringBuilder("start ms after stop / latency ms / status; resumed at "
                    + (resumedAt - stoppedAt) / 1_000_000 + " ms\n");
            answers.stream().sorted(java.util.Comparator.comparingLong(Answer::startNanos)).forEach(a -> text
                    .append((a.startNanos() - stoppedAt) / 1_000_000).append(" / ").append(a.latency().toMillis())
                    .append(" / ").append(a.status()).append('\n'));
            return text.toString();
        }

        /**
         * The slowest answer that came back before the server was stopped: what the machine costs a request anyway. On
         * a quiet machine a few milliseconds; on a busy one it can be a second, which a bound must allow for.
         */
        public Duration slowestBeforeTheStall() {
            return answers.stream().filter(a -> a.endNanos() < stoppedAt).map(Answer::latency)
                    .max(Duration::compareTo).orElse(Duration.ZERO);
        }

        public Duration slowest() {
            return answers.stream().map(Answer::latency).max(Duration::compareTo).orElse(Duration.ZERO);
        }
    }

    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final String path;
    private int clients = 6;
    private Duration stall = Duration.ofSeconds(4);
    private Duration afterwards = Duration.ofSeconds(4);

    private DatabaseStall(URI base, String path) {
        this.base = base;
        this.path = path;
    }

    /** A stall test of {@code GET path} on the service at {@code base}. */
    public static DatabaseStall of(URI base, String path) {
        return new DatabaseStall(base, path);
    }

    public DatabaseStall clients(int clients) {
        this.clients = clients;
        return this;
    }

    public DatabaseStall stall(Duration stall) {
        this.stall = stall;
        return this;
    }

    /**
     * Loads the service with {@code clients} concurrent clients, stops the server behind {@code connection}, probes
     * {@code /q/health/live} every 250 ms, resumes the server after the stall and keeps the load on a while longer.
     */
    public Report run(Connection connection) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        List<Answer> liveness = new ArrayList<>();
        // A warm service first: on a busy machine a cold one's first answers alone can take seconds.
        for (int i = 0; i < 20; i++) {
            send(http, path);
        }
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            load.submit(() -> {
                while (running.get()) {
                    answers.add(send(http, path));
                }
                return null;
            });
        }
        Thread.sleep(300);
        long stoppedAt;
        long resumedAt;
        try (StoppedPostgres stopped = StoppedPostgres.stop(connection)) {
            stoppedAt = System.nanoTime();
            while (System.nanoTime() - stoppedAt < stall.toNanos()) {
                liveness.add(send(http, "/q/health/live"));
                Thread.sleep(250);
            }
            resumedAt = System.nanoTime();
        }
        Thread.sleep(afterwards.toMillis());
        running.set(false);
        load.shutdown();
        if (!load.awaitTermination(CLIENT_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)) {
            load.shutdownNow();
            throw new IllegalStateException("The load's clients did not finish");
        }
        return new Report(List.copyOf(answers), List.copyOf(liveness), stoppedAt, resumedAt);
    }

    private Answer send(HttpClient http, String target) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(target)).timeout(CLIENT_TIMEOUT).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(start, System.nanoTime(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (Exception e) {
            // No answer at all (the client gave up after CLIENT_TIMEOUT): status 0, which no assertion accepts.
            return new Answer(start, System.nanoTime(), 0, "", null, e.toString());
        }
    }
}
