package io.summitry.people.changes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summitry.people.Fixtures;
import io.summitry.postgres.PostgresTestResource;
import io.summitry.testing.EventStream;
import io.summitry.testing.EventStream.Event;

/**
 * The change stream over people-service's own revision log: writes through the API reach an open stream, in revision
 * order, resumable without loss or repeats. ChangeStreamTest covers the faults on a log the test writes itself.
 */
@QuarkusTest
class ChangeStreamEndToEndTest {

    private static final Duration SOON = Duration.ofSeconds(1);
    // The default catch-up (summitry.changes.catch-up), plus time to read and send.
    private static final Duration CATCH_UP = Duration.ofSeconds(5).plus(SOON);

    @TestHTTPResource("/changes/stream")
    URI stream;

    @Test
    void shouldSendACreatedPersonWithinOneSecond() throws Exception {
        try (EventStream events = EventStream.open(stream)) {
            String name = "Stream " + Fixtures.unique();
            String id = Fixtures.createPerson(name);

            Event event = events.next(SOON);

            assertThat(event).as("the write's revision within 1 s").isNotNull();
            assertThat(event.name()).isEqualTo("revision");
            assertThat(event.data()).startsWith("[").contains("\"typename\":\"Person\"", "\"id\":\"" + id + "\"",
                    "\"kind\":\"CREATED\"", "\"revision\":" + event.id(), name);
        }
    }

    @Test
    void shouldResumeWithLastEventIdWithExactlyTheMissedRevisions() throws Exception {
        String seen;
        try (EventStream events = EventStream.open(stream)) {
            Fixtures.createPerson("Seen " + Fixtures.unique());
            seen = events.next(SOON).id();
        }
        String missedFirst = Fixtures.createPerson("Missed " + Fixtures.unique());
        String missedSecond = Fixtures.createPerson("Missed " + Fixtures.unique());

        try (EventStream events = EventStream.open(stream, "Last-Event-ID", seen)) {
            List<Event> missed = events.next(2, SOON);
            assertThat(missed).hasSize(2);
            assertThat(missed.get(0).data()).contains(missedFirst);
            assertThat(missed.get(1).data()).contains(missedSecond);
            assertThat(Long.parseLong(missed.get(0).id())).isGreaterThan(Long.parseLong(seen));
            assertThat(events.next(Duration.ofMillis(300))).as("nothing twice").isNull();
        }
    }

    @Test
    void shouldSendTwoWritersRevisionsInRevisionOrder() throws Exception {
        try (EventStream events = EventStream.open(stream)) {
            ExecutorService writers = Executors.newFixedThreadPool(2);
            List<Future<List<String>>> written = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                written.add(writers.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        ids.add(Fixtures.createPerson("Writer " + Fixtures.unique()));
                    }
                    return ids;
                }));
            }
            List<String> ids = new ArrayList<>();
            for (Future<List<String>> w : written) {
                ids.addAll(w.get());
            }
            writers.shutdown();

            List<Event> received = events.next(ids.size(), Duration.ofSeconds(5));

            List<Long> revisions = received.stream().map(e -> Long.parseLong(e.id())).toList();
            assertThat(revisions).as("one event per write, in revision order").hasSize(ids.size()).isSorted()
                    .doesNotHaveDuplicates();
            String all = String.join("\n", received.stream().map(Event::data).toList());
            assertThat(ids).allSatisfy(id -> assertThat(all).contains(id));
        }
    }

    @Test
    void shouldAnswerTheLatestRevisionAsTheIdOfTheStreamsLastEvent() throws Exception {
        try (EventStream events = EventStream.open(stream)) {
            Fixtures.createPerson("Latest " + Fixtures.unique());
            String sent = events.next(SOON).id();

            given().when().get("/changes/latest").then().statusCode(200).contentType("application/json")
                    .body("revision", equalTo(Integer.parseInt(sent)));
        }
    }

    @Test
    void shouldSendARevisionCommittedWithoutNotificationAtTheNextCatchUp() throws Exception {
        try (EventStream events = EventStream.open(stream)) {
            String record = UUID.randomUUID().toString();
            try (Connection c = PostgresTestResource.connectToCurrentDatabase(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                // The revision log's lock ("SUMMITRY"), so the id follows commit order as the service's own do.
                s.execute("select pg_advisory_xact_lock(" + 0x53554d4d49545259L + ")");
                s.execute("insert into revision (id, at, editor_id) values (nextval('revision_id_seq'), now(), 'test')");
                s.execute("insert into change (revision, typename, record_id, root_typename, root_id, kind, fields)"
                        + " values (currval('revision_id_seq'), 'Person', '" + record + "', 'Person', '" + record
                        + "', 'UPDATED', '[]')");
                c.commit();
            }

            Event event = events.next(CATCH_UP);

            assertThat(event).as("the revision nobody notified, by the catch-up read").isNotNull();
            assertThat(event.data()).contains(record);
        }
    }
}
