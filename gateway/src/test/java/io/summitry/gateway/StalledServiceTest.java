package io.summitry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.summitry.postgres.LocalPostgres;
import io.summitry.stack.App;

/**
 * people-service, then its database, is stopped with SIGSTOP while queries run: it accepts connections and never
 * answers, as in a long GC pause, a stuck database or a network partition. Every request still answers within the
 * deadline (the production default, 3 s), meetings-service's fields are answered, people-service's fail as
 * UPSTREAM_UNAVAILABLE naming it; the breaker opens on the time-outs, after which those fields fail at once; after
 * SIGCONT the gateway answers people-service's fields again within 5 s of the service answering.
 */
@QuarkusTest
@TestProfile(StalledServiceTest.ProductionDeadline.class)
class StalledServiceTest {

    /**
     * The production deadline rather than the test profile's longer one, and a read timeout far beyond it, so that
     * only the deadline can end a call to the stalled service.
     */
    public static class ProductionDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summitry.downstream.deadline", DEADLINE.toMillis() + "ms",
                    "quarkus.rest-client.people.read-timeout", "30000");
        }
    }

    static final Duration DEADLINE = Duration.ofSeconds(3);
    /**
     * On top of the deadline: the rest of the request (meetings-service's fields, HTTP, JSON) and scheduling on a
     * shared two-core machine, where builds running alongside slow every thread down (up to 2 s was seen).
     */
    static final Duration TOLERANCE = Duration.ofMillis(2500);
    /** What "fails at once" means once the breaker is open: well under the deadline, even on a busy machine. */
    static final Duration FAST = DEADLINE.dividedBy(2);
    static final Duration RECOVERY = Duration.ofSeconds(5);
    /** How long the service stays stopped: long enough for the breaker to open and to be seen open. */
    static final Duration STALL = Duration.ofSeconds(20);
    static final int CLIENTS = 8;

    static final String MIXED = """
            query($id: ID!) { meetings(first: 5) { edges { node { title } } } person(id: $id) { name } }""";
    static final String PEOPLE = "{ people(first: 1) { totalCount } }";

    private static String person;

    @BeforeEach
    void createData() {
        // this profile restarts the app, so the shared Fixture (loaded once per app) is not used here
        if (person == null) {
            // the first writes may meet services still cold on a busy machine: try again (a duplicate is harmless)
            person = retried(() -> Fixture.person("Stalled Person", "KR"));
            retried(() -> Fixture.meeting("Talks during a stall", "TALKS", "2024-03-05", null, null, null, null));
        }
        awaitAnswered(Duration.ofSeconds(60));
    }

    private static <T> T retried(java.util.function.Supplier<T> write) {
        long started = System.nanoTime();
        while (true) {
            try {
                return write.get();
            } catch (AssertionError failed) {
                if (System.nanoTime() - started > Duration.ofSeconds(60).toNanos()) {
                    throw failed;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw failed;
                }
            }
        }
    }

    @Test
    void shouldAnswerWithinTheDeadlineWhilePeopleServiceIsStopped() throws Exception {
        long pid = GatewayStackResource.stack().pid(App.PEOPLE);
        assertThat(ProcessHandle.current().descendants().anyMatch(p -> p.pid() == pid))
                .as("people-service was started by this JVM").isTrue();
        runWhileStalled(new StoppedProcesses(() -> List.of(pid)));
    }

    @Test
    void shouldAnswerWithinTheDeadlineWhilePeopleServicesDatabaseIsStopped() throws Exception {
        // A stalled server also accepts no new session; without this, each connection the pool opens answers a few
        // queries before the watcher can stop its backend, and the stall leaks answers
        allowConnections(false);
        try (StoppedProcesses database = new StoppedProcesses(StalledServiceTest::peopleDatabaseBackends,
                () -> allowConnections(true))) {
            runWhileStalled(database);
        } finally {
            allowConnections(true);
        }
    }

    private void runWhileStalled(StoppedProcesses stall) throws Exception {
        recordBreakerStates();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            // most clients ask both services; two ask people-service alone, to see how fast its fields fail
            String query = i < 2 ? PEOPLE : MIXED;
            Thread client = new Thread(() -> {
                while (running.get()) {
                    samples.add(Sample.of(query, query.equals(MIXED) ? person : null));
                }
            }, "stall-client-" + i);
            client.start();
            clients.add(client);
        }
        long stopped;
        long resumed;
        Duration serviceBack;
        Duration recovery;
        try {
            Thread.sleep(1000);
            stopped = System.nanoTime();
            stall.start();
            Thread.sleep(STALL.toMillis());
            resumed = System.nanoTime();
            stall.close();
            // the stopped service first works off what queued up meanwhile, slower the busier the machine; the
            // gateway's part is to answer again soon after the service does
            serviceBack = awaitServiceAnswers(Duration.ofSeconds(60));
            recovery = awaitAnswered(Duration.ofSeconds(30));
        } finally {
            stall.close();
            running.set(false);
            for (Thread client : clients) {
                client.join(30_000);
            }
        }

        stall.assertHeld();
        List<Sample> during = samples.stream().filter(s -> s.started > stopped && s.ended < resumed).toList();
        List<Sample> mixed = during.stream().filter(s -> s.query.equals(MIXED)).toList();
        List<Sample> whileOpen = during.stream().filter(s -> s.query.equals(PEOPLE))
                .filter(s -> onlyOpenDuring(s.started, s.ended)).toList();
        Long opened = firstOpenAfter(stopped);
        System.out.printf("%s for %d s: %d requests, the slowest %d ms; the breaker opened %s ms after the stop;"
                + " %d people-only requests while it was open, the slowest %d ms; after SIGCONT the service answered"
                + " again in %d ms, the gateway %d ms later%n",
                stall.describe(), STALL.toSeconds(), during.size(), slowest(during),
                opened == null ? "never" : Duration.ofNanos(opened - stopped).toMillis(), whileOpen.size(),
                slowest(whileOpen), serviceBack.toMillis(), recovery.toMillis());

        assertThat(mixed).as("requests answered while stalled").hasSizeGreaterThanOrEqualTo(3);
        for (Sample sample : during) {
            assertThat(sample.millis).as(sample.toString()).isLessThanOrEqualTo(DEADLINE.plus(TOLERANCE).toMillis());
            assertThat(sample.codes).as(sample.toString()).allMatch("UPSTREAM_UNAVAILABLE"::equals);
            assertThat(sample.services).as(sample.toString()).allMatch("people-service"::equals);
        }
        assertThat(during).as("people-service's fields fail while it is stalled")
                .filteredOn(sample -> !sample.codes.isEmpty()).hasSizeGreaterThan(during.size() / 2);
        assertThat(mixed).as("meetings-service's fields are answered").allSatisfy(
                sample -> assertThat(sample.titles).as(sample.toString()).isNotEmpty());
        assertThat(opened).as("the breaker opens on the time-outs").isNotNull();
        assertThat(whileOpen).as("people-service's fields while the breaker is open").isNotEmpty()
                .allSatisfy(sample -> assertThat(sample.millis).as(sample.toString()).isLessThan(FAST.toMillis()));
        assertThat(recovery).isLessThan(RECOVERY);
    }

    /** The breaker's state changes, each with the moment it was seen (System.nanoTime). */
    private static final List<Map.Entry<Long, CircuitBreakerState>> STATES =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private static boolean recording;

    private static synchronized void recordBreakerStates() {
        if (!recording) {
            CircuitBreakerMaintenance.get().onStateChange("people-service",
                    state -> STATES.add(Map.entry(System.nanoTime(), state)));
            recording = true;
        }
    }

    private static Long firstOpenAfter(long moment) {
        return STATES.stream().filter(e -> e.getKey() > moment && e.getValue() == CircuitBreakerState.OPEN)
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Whether the breaker was open for the whole of an interval. */
    private static boolean onlyOpenDuring(long from, long to) {
        CircuitBreakerState state = CircuitBreakerState.CLOSED;
        for (Map.Entry<Long, CircuitBreakerState> change : STATES) {
            if (change.getKey() <= from) {
                state = change.getValue();
            } else if (change.getKey() < to) {
                return false;
            }
        }
        return state == CircuitBreakerState.OPEN;
    }

    /** Waits until people-service itself answers a page of people; returns how long that took. */
    private static Duration awaitServiceAnswers(Duration atMost) throws InterruptedException {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.URI people = GatewayStackResource.stack().baseUri(App.PEOPLE).resolve("/people?first=1");
        long started = System.nanoTime();
        while (System.nanoTime() - started < atMost.toNanos()) {
            try {
                if (http.send(java.net.http.HttpRequest.newBuilder(people).timeout(Duration.ofSeconds(5)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // still working off its backlog
            }
            Thread.sleep(50);
        }
        throw new AssertionError("people-service did not answer within " + atMost + " of SIGCONT");
    }

    /** Waits until a people-service field is answered without error; returns how long that took. */
    private static Duration awaitAnswered(Duration atMost) {
        long started = System.nanoTime();
        while (System.nanoTime() - started < atMost.toNanos()) {
            if (Sample.of(PEOPLE, null).codes.isEmpty()) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("people-service's fields were not answered within " + atMost);
    }

    private static long slowest(List<Sample> samples) {
        return samples.stream().mapToLong(s -> s.millis).max().orElse(0);
    }

    /**
     * The PostgreSQL backends serving people-service's database, as the cluster this test's stack started lists them
     * (so only processes of that cluster) (meetings-service's database, in the same cluster, keeps running). New
     * backends are stopped as the service's pool opens them.
     */
    private static List<Long> peopleDatabaseBackends() {
        try (Connection connection = DriverManager.getConnection(maintenanceUrl(), LocalPostgres.USER, "");
                PreparedStatement query = connection.prepareStatement(
                        "select pid from pg_stat_activity where datname = ? and backend_type = 'client backend'"
                                + " and pid <> pg_backend_pid()")) {
            query.setString(1, App.PEOPLE.database());
            List<Long> pids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    pids.add(rows.getLong(1));
                }
            }
            return pids;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list people-service's database backends", e);
        }
    }

    /** The stack's cluster through its maintenance database, so that people-service's own may be closed to sessions. */
    private static String maintenanceUrl() {
        return GatewayStackResource.stack().jdbcUrl(App.PEOPLE).replaceFirst("/[^/?]+(\\?|$)", "/postgres$1");
    }

    private static void allowConnections(boolean allowed) {
        try (Connection connection = DriverManager.getConnection(maintenanceUrl(), LocalPostgres.USER, "");
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("alter database \"" + App.PEOPLE.database() + "\" with allow_connections " + allowed);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change connections to people-service's database", e);
        }
    }

    /** One timed request of the load. */
    record Sample(String query, long started, long ended, long millis, List<String> titles, List<String> codes,
            List<String> services) {

        static Sample of(String query, String id) {
            long started = System.nanoTime();
            JsonPath answer = id == null ? GraphQL.post(query) : GraphQL.post(query, "id", id);
            long ended = System.nanoTime();
            List<String> codes = GraphQL.codes(answer);
            List<String> services = answer.getList("errors.extensions.service", String.class);
            List<String> titles = answer.getList("data.meetings.edges.node.title", String.class);
            return new Sample(query, started, ended, Duration.ofNanos(ended - started).toMillis(),
                    titles == null ? List.of() : titles, codes == null ? List.of() : codes,
                    services == null ? List.of() : services);
        }
    }

    /**
     * Stops processes this test's stack started with SIGSTOP, and keeps stopping those a source names (a service's
     * pool opens new database connections) until closed; closing continues every one of them with SIGCONT.
     */
    static final class StoppedProcesses implements AutoCloseable {

        private final java.util.function.Supplier<List<Long>> source;
        private final Set<Long> stopped = ConcurrentHashMap.newKeySet();
        private final AtomicBoolean active = new AtomicBoolean();
        private Thread watcher;
        /** Why the watch ended early, if it did: the stall did not hold and the test's figures say nothing. */
        private volatile AssertionError failure;

        /** What ends the stall besides SIGCONT (run first on close). */
        private final Runnable resume;

        StoppedProcesses(java.util.function.Supplier<List<Long>> source) {
            this(source, () -> {
            });
        }

        StoppedProcesses(java.util.function.Supplier<List<Long>> source, Runnable resume) {
            this.source = source;
            this.resume = resume;
        }

        void start() {
            active.set(true);
            stopNew();
            watcher = new Thread(() -> {
                while (active.get()) {
                    try {
                        stopNew();
                    } catch (RuntimeException missed) {
                        // a failed look this time (the cluster busy) must not end the watch: a new backend left
                        // running would answer the service's queries and the stall would be no stall
                        System.out.println("stall-watcher: " + missed);
                    } catch (AssertionError failed) {
                        failure = failed;
                        return;
                    }
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "stall-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }

        private synchronized void stopNew() {
            if (!active.get()) {
                return;
            }
            for (long pid : source.get()) {
                if (!stopped.contains(pid)) {
                    signal("-STOP", pid);
                    stopped.add(pid);
                }
            }
        }

        void assertHeld() {
            if (failure != null) {
                throw failure;
            }
        }

        String describe() {
            return "SIGSTOP of " + stopped.size() + " process(es)";
        }

        @Override
        public void close() throws InterruptedException {
            active.set(false);
            resume.run();
            if (watcher != null) {
                watcher.interrupt();
                watcher.join(5000);
            }
            synchronized (this) {
                for (long pid : stopped) {
                    signal("-CONT", pid);
                }
            }
        }

        private static void signal(String signal, long pid) {
            if (ProcessHandle.of(pid).isEmpty()) {
                return; // a backend that ended meanwhile
            }
            try {
                int exit = new ProcessBuilder("kill", signal, Long.toString(pid)).inheritIO().start().waitFor();
                // a backend may end between the look and the signal; only a live process that kept running counts
                assertThat(exit == 0 || ProcessHandle.of(pid).isEmpty()).as("kill %s %d", signal, pid).isTrue();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
