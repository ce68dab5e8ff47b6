package io.summitry.meetings.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.summitry.meetings.Api;
import io.summitry.meetings.security.OwnDatabase;
import io.summitry.postgres.PostgresTestResource;
import io.summitry.testing.EventStream;
import io.summitry.testing.EventStream.Event;
import io.summitry.testing.StoppedPostgres;

/**
 * The change stream over meetings-service's own revision log: a write reaches an open stream within a second, a
 * follower resumes by Last-Event-ID without loss or repeats, and an open stream rides out a stalled database. On a
 * database of its own, as the stall would otherwise reach other classes' connections. people-service's
 * ChangeStreamTest covers the protocol's edges and the other faults on a log that test writes itself.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class ChangeStreamEndToEndTest {

    private static final Duration SOON = Duration.ofSeconds(1);
    // The default catch-up (summitry.changes.catch-up), plus time to read and send.
    private static final Duration CATCH_UP = Duration.ofSeconds(5).plus(SOON);

    @TestHTTPResource("/changes/stream")
    URI stream;

    @Test
    void shouldSendACreatedMeetingWithinOneSecond() throws Exception {
        try (EventStream events = EventStream.open(stream)) {
            String id = Api.createMeeting("Stream test talks", "2025-03-31");

            Event event = events.next(SOON);

            assertThat(event).as("the write's revision within 1 s").isNotNull();
            assertThat(event.name()).isEqualTo("revision");
            assertThat(event.data()).startsWith("[").contains("\"typename\":\"Meeting\"", "\"id\":\"" + id + "\"",
                    "\"kind\":\"CREATED\"", "\"revision\":" + event.id());
        }
    }

    @Test
    void shouldResumeWithLastEventIdWithExactlyTheMissedRevisions() throws Exception {
        String seen;
        try (EventStream events = EventStream.open(stream)) {
            Api.createMeeting("Seen talks", "2025-04");
            seen = events.next(SOON).id();
        }
        String first = Api.createMeeting("Missed talks", "2025-05");
        String second = Api.createMeeting("Missed again", "2025-06");

        try (EventStream events = EventStream.open(stream, "Last-Event-ID", seen)) {
            List<Event> missed = events.next(2, SOON);
            assertThat(missed).hasSize(2);
            assertThat(missed.get(0).data()).contains(first);
            assertThat(missed.get(1).data()).contains(second);
            assertThat(events.next(Duration.ofMillis(300))).as("nothing twice").isNull();
        }
    }

    @Test
    void shouldKeepAStreamOpenThroughADatabaseStallAndSendWhatWasWrittenAfter() throws Exception {
        try (EventStream events = EventStream.open(stream)) {
            String before = Api.createMeeting("Before the stall", "2025-07");
            assertThat(events.next(SOON).data()).contains(before);

            try (StoppedPostgres stopped = StoppedPostgres.stop(PostgresTestResource.connectToCurrentDatabase())) {
                Thread.sleep(6_000);
            }
            // The first writes after the stall may meet pooled connections that timed out meanwhile: retried.
            String after = retried(() -> Api.createMeeting("After the stall", "2025-08"));

            Event event = events.next(CATCH_UP);
            assertThat(event).as("the write after the stall, on the stream opened before it").isNotNull();
            assertThat(event.data()).contains(after);
            assertThat(events.ended()).isFalse();
        }
    }

    private static String retried(java.util.function.Supplier<String> write) throws InterruptedException {
        AssertionError last = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                return write.get();
            } catch (AssertionError e) {
                last = e;
                Thread.sleep(500);
            }
        }
        throw last;
    }
}
