package io.summitry.people.changes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.summitry.postgres.PostgresTestResource;
import io.summitry.service.changes.ChangeListener;
import io.summitry.service.changes.ChangeStreams;
import io.summitry.testing.EventStream;
import io.summitry.testing.EventStream.Event;
import io.summitry.testing.StoppedPostgres;

/**
 * {@code GET /changes/stream} on a revision log the test writes itself ({@link TestChangeLog}): what a follower of
 * the stream relies on (every committed revision once, in order, soon), and the faults it must ride out.
 */
@QuarkusTest
@TestProfile(TestRevisionLog.class)
class ChangeStreamTest {

    private static final Duration SOON = Duration.ofSeconds(1);
    private static final Duration CATCH_UP = Duration.ofMillis(TestRevisionLog.CATCH_UP_MILLIS);

    @TestHTTPResource("/changes/stream")
    URI stream;

    @Inject
    ChangeStreams streams;

    @Inject
    ChangeListener listener;

    @Test
    void shouldSendACommittedRevisionWithinOneSecondAsOneEventWithAllItsChanges() throws Exception {
        try (EventStream events = EventStream.open(stream)) {
            assertThat(events.status()).isEqualTo(200);
            assertThat(events.contentType()).startsWith("text/event-stream");
            long revision = commit(true, 3);

            long start = System.nanoTime();
            Event event = events.next(SOON);

            assertThat(event).as("the revision's event, by LISTEN (catch-up is %s)", CATCH_UP).isNotNull();
            System.out.printf("change stream: a notified revision came %d ms after its commit%n",
                    (System.nanoTime() - start) / 1_000_000);
            assertThat(event.id()).isEqualTo(Long.toString(revision));
            assertThat(event.name()).isEqualTo("revision");
            assertThat(event.data()).startsWith("[{").doesNotContain("\n")
                    .contains("\"revision\":" + revision, "\"id\":\"r" + revision + "-0\"", "\"id\":\"r" + revision + "-2\"");
        }
    }

    @Test
    void shouldWakeEveryOpenStreamFromOneListenConnectionWithoutAConnectionPerStream() throws Exception {
        int backendsBefore = backends();
        List<EventStream> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                clients.add(EventStream.open(stream));
            }
            long start = System.nanoTime();
            long revision = commit(true, 1);
            long slowest = 0;
            for (EventStream client : clients) {
                Event event = client.next(SOON);
                assertThat(event).as("the revision on every stream within 1 s").isNotNull();
                assertThat(event.id()).isEqualTo(Long.toString(revision));
                slowest = System.nanoTime() - start;
            }
            int backendsAfter = backends();
            System.out.printf("change stream: one revision reached 60 open streams within %d ms; database"
                    + " connections %d before the streams opened, %d after%n", slowest / 1_000_000, backendsBefore,
                    backendsAfter);
            // At most one per reader (summitry.changes.readers, 4) and the one that served the requests opening them.
            assertThat(backendsAfter - backendsBefore).as("database connections added by 60 streams")
                    .isLessThanOrEqualTo(5);
        } finally {
            clients.forEach(EventStream::close);
        }
    }

    @Test
    void shouldStartFromTheNewestRevisionWhenNoResumePointIsGiven() throws Exception {
        commit(true, 1);
        try (EventStream events = EventStream.open(stream)) {
            long revision = commit(true, 1);
            assertThat(events.next(SOON)).extracting(Event::id).isEqualTo(Long.toString(revision));
        }
    }

    @Test
    void shouldResumeAfterLastEventIdWithExactlyTheMissedRevisionsNoneTwice() throws Exception {
        long seen = commit(true, 1);
        List<Long> missed = List.of(commit(true, 2), commit(false, 1), commit(true, 1));

        // ?after is overruled by the header, as a reconnecting EventSource keeps its URL and sends the header.
        try (EventStream events = EventStream.open(URI.create(stream + "?after=0"), "Last-Event-ID", Long.toString(seen))) {
            assertThat(ids(events.next(3, SOON))).containsExactlyElementsOf(missed);
            long next = commit(true, 1);
            assertThat(ids(events.next(2, SOON))).as("the next revision, and nothing sent twice").containsExactly(next);
        }
        try (EventStream events = EventStream.open(URI.create(stream + "?after=" + seen))) {
            assertThat(ids(events.next(3, SOON))).containsExactlyElementsOf(missed);
        }
    }

    @Test
    void shouldSendTwoWritersRevisionsInRevisionOrderWithoutGaps() throws Exception {
        try (EventStream events = EventStream.open(stream)) {
            ExecutorService writers = Executors.newFixedThreadPool(2);
            List<Future<List<Long>>> written = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                written.add(writers.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        mine.add(commit(true, 1 + i % 3));
                    }
                    return mine;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> w : written) {
                all.addAll(w.get());
            }
            writers.shutdown();

            List<Long> received = ids(events.next(all.size(), Duration.ofSeconds(5)));

            assertThat(received).as("each revision once, in revision order").containsExactlyElementsOf(all.stream().sorted().toList());
            assertThat(events.next(Duration.ofMillis(300))).as("nothing twice").isNull();
        }
    }

    @Test
    void shouldSendARevisionWhoseNotificationWasLostAtTheNextCatchUp() throws Exception {
        try (EventStream events = EventStream.open(stream)) {
            long revision = commit(false, 1);
            long start = System.nanoTime();
            Event event = events.next(CATCH_UP.plus(SOON));
            assertThat(event).as("the un-notified revision, by the catch-up read").isNotNull();
            assertThat(event.id()).isEqualTo(Long.toString(revision));
            System.out.printf("change stream: a revision without NOTIFY came after %d ms (catch-up every %d ms)%n",
                    Duration.ofNanos(System.nanoTime() - start).toMillis(), CATCH_UP.toMillis());
        }
    }

    @Test
    void shouldAnswer400NamingLastEventIdOrAfterWhenNotARevisionNumber() {
        given().header("Last-Event-ID", "abc").accept("text/event-stream").when().get("/changes/stream").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Last-Event-ID")).body("detail", containsString("abc"));
        given().queryParam("after", "-1").accept("text/event-stream").when().get("/changes/stream").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("after"));
    }

    @Test
    void shouldSendNothingUntilARevisionAheadOfTheLogExists() throws Exception {
        long latest = commit(true, 1);
        try (EventStream events = EventStream.open(stream, "Last-Event-ID", Long.toString(latest + 2))) {
            commit(true, 1);
            commit(true, 1);
            assertThat(events.next(Duration.ofMillis(700))).as("revisions up to the resume point").isNull();
            long wanted = commit(true, 1);
            assertThat(ids(events.next(2, SOON))).containsExactly(wanted);
        }
    }

    @Test
    void shouldKeepAnIdleStreamAliveAndFreeTheStreamsOfClientsThatWentAway() throws Exception {
        // Earlier tests' clients are gone too, though perhaps not noticed yet.
        assertThat(waitUntil(() -> streams.openStreams() == 0, Duration.ofSeconds(3))).isTrue();
        List<EventStream> clients = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clients.add(EventStream.open(stream));
        }
        assertThat(streams.openStreams()).isEqualTo(5);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("summitry_changes_streams 5.0"), containsString("summitry_changes_listening 1.0"));
        Thread.sleep(1_000);
        assertThat(clients.get(0).comments()).as("keep-alive comments every 300 ms").isGreaterThanOrEqualTo(2);

        clients.forEach(EventStream::close);

        assertThat(waitUntil(() -> streams.openStreams() == 0, Duration.ofSeconds(3)))
                .as("streams freed once their clients are gone").isTrue();
    }

    @Test
    void shouldMakeAClientThatFellBehindReadOnFromTheLogWithoutBufferingForIt() throws Exception {
        try (EventStream events = EventStream.openPaused(stream)) {
            // Some 10 MB of events, more than the sockets' buffers between the service and this client hold.
            List<Long> written = new ArrayList<>();
            long start = System.nanoTime();
            try (Connection c = PostgresTestResource.connectToCurrentDatabase()) {
                for (int i = 0; i < 200; i++) {
                    written.add(commit(c, true, 250));
                }
            }
            long committed = System.nanoTime();
            assertThat(waitUntil(() -> streams.behind() > 0 && streams.behind() == stillBehind(), Duration.ofSeconds(2)))
                    .as("the stream waits for its client instead of sending everything into memory").isTrue();

            long reading = System.nanoTime();
            events.read();
            assertThat(ids(events.next(written.size(), Duration.ofSeconds(30)))).containsExactlyElementsOf(written);
            System.out.printf("change stream: %d revisions of 250 changes committed in %d ms, all received %d ms after"
                    + " the client began to read%n", written.size(), (committed - start) / 1_000_000,
                    (System.nanoTime() - reading) / 1_000_000);
            assertThat(events.next(Duration.ofMillis(300))).as("nothing twice").isNull();
            assertThat(streams.behind()).isZero();
        }
    }

    @Test
    void shouldListenAgainAfterTheDatabaseDroppedEveryConnectionAndLoseNothing() throws Exception {
        try (EventStream events = EventStream.open(stream)) {
            long first = commit(true, 1);
            assertThat(ids(events.next(1, SOON))).containsExactly(first);

            terminateEveryOtherBackend();
            long whileReconnecting = commit(true, 1);
            assertThat(waitUntil(listener::listening, Duration.ofSeconds(5))).as("listening again").isTrue();
            long after = commit(true, 1);

            assertThat(ids(events.next(2, CATCH_UP.plus(SOON)))).containsExactly(whileReconnecting, after);
            long byListenAgain = commit(true, 1);
            assertThat(ids(events.next(1, SOON))).as("woken by the new LISTEN connection").containsExactly(byListenAgain);
        }
    }

    @Test
    void shouldRideOutADatabaseStallAndResumeWithoutLoss() throws Exception {
        try (EventStream events = EventStream.open(stream)) {
            long before = commit(true, 1);
            assertThat(ids(events.next(1, SOON))).containsExactly(before);

            try (StoppedPostgres stopped = StoppedPostgres.stop(PostgresTestResource.connectToCurrentDatabase())) {
                Thread.sleep(CATCH_UP.toMillis() + 1_000);
            }
            long after = commit(true, 1);
            long next = commit(false, 1);

            assertThat(ids(events.next(2, CATCH_UP.multipliedBy(2).plus(SOON)))).containsExactly(after, next);
            assertThat(events.ended()).isFalse();
        }
    }

    /** How far behind the slowest stream is, read twice 300 ms apart: the same when it is waiting. */
    private long stillBehind() {
        long first = streams.behind();
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return first == streams.behind() ? first : -1;
    }

    /** Commits one revision of {@code changes} changes, taking its id as the revision log does; returns it. */
    private static long commit(boolean notify, int changes) throws SQLException {
        try (Connection c = PostgresTestResource.connectToCurrentDatabase()) {
            return commit(c, notify, changes);
        }
    }

    private static long commit(Connection c, boolean notify, int changes) throws SQLException {
        c.setAutoCommit(false);
        long revision;
        try (Statement s = c.createStatement()) {
            s.execute("select pg_advisory_xact_lock(7301)");
            try (ResultSet rs = s.executeQuery("select coalesce(max(revision), 0) + 1 from test_change")) {
                rs.next();
                revision = rs.getLong(1);
            }
        }
        try (PreparedStatement insert = c.prepareStatement("insert into test_change values (?, ?, ?)")) {
            for (int i = 0; i < changes; i++) {
                insert.setLong(1, revision);
                insert.setInt(2, i);
                insert.setString(3, "r" + revision + "-" + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        if (notify) {
            try (PreparedStatement s = c.prepareStatement("select pg_notify('summitry_changes', ?)")) {
                s.setString(1, Long.toString(revision));
                s.execute();
            }
        }
        c.commit();
        return revision;
    }

    /** How many connections the database has (the service's pool, its LISTEN connection, this test's own). */
    private static int backends() throws SQLException {
        try (Connection c = PostgresTestResource.connectToCurrentDatabase(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where datname = current_database()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** What a database restart does to the service: every connection of its database dropped. */
    private static void terminateEveryOtherBackend() throws SQLException {
        try (Connection c = PostgresTestResource.connectToCurrentDatabase(); Statement s = c.createStatement()) {
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where datname = current_database() and pid <> pg_backend_pid()");
        }
    }

    private static List<Long> ids(List<Event> events) {
        return events.stream().map(e -> Long.parseLong(e.id())).toList();
    }

    private static boolean waitUntil(java.util.function.BooleanSupplier condition, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }
}
