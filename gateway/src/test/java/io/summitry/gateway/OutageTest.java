package io.summitry.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.summitry.stack.App;

/**
 * people-service is killed while queries run: the gateway keeps answering meetings-service's fields, names the
 * missing service, never answers 5xx, fails fast once the breaker is open, writes nothing half-way, and recovers
 * within seconds of the restart.
 */
@QuarkusTest
class OutageTest {

    static final String MIXED = """
            query($id: ID!) { meetings(first: 5) { edges { node { title } } } person(id: $id) { name } }""";
    static final String PARTICIPANTS = "query($id: ID!) { meeting(id: $id) { participants { role } } }";

    @Test
    void shouldKeepAnsweringTheOtherServiceAndRecoverAfterARestart() throws Exception {
        Fixture.load();
        int participantsBefore = GraphQL.ok(PARTICIPANTS, "id", Fixture.dtt16)
                .getList("data.meeting.participants").size();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        Thread load = new Thread(() -> {
            while (running.get()) {
                statuses.add(given().contentType(ContentType.JSON).body(Map.of("query", MIXED, "variables", Map.of("id", Fixture.ratner)))
                        .when().post("/graphql").then().extract().statusCode());
                sent.incrementAndGet();
            }
        }, "outage-load");
        load.start();
        try {
            GatewayStackResource.stack().stop(App.PEOPLE);

            JsonPath partial = GraphQL.post(MIXED, "id", Fixture.ratner);
            assertThat(partial.getList("data.meetings.edges.node.title", String.class)).isNotEmpty();
            assertThat(GraphQL.codes(partial)).isNotEmpty().allMatch("UPSTREAM_UNAVAILABLE"::equals);
            assertThat(partial.getList("errors.extensions.service", String.class)).contains("people-service");
            assertThat(partial.prettify()).doesNotContain("Exception").doesNotContain("java.");

            // Repeated failures open the breaker: from then on people-service fields fail at once.
            for (int i = 0; i < 25; i++) {
                GraphQL.post("{ people(first: 1) { totalCount } }");
            }
            long started = System.nanoTime();
            JsonPath fast = GraphQL.post("{ people(first: 1) { totalCount } }");
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            assertThat(GraphQL.codes(fast)).containsExactly("UPSTREAM_UNAVAILABLE");
            assertThat(fast.getString("errors[0].extensions.service")).isEqualTo("people-service");
            System.out.printf("Open breaker answered in %d ms%n", millis);
            assertThat(millis).isLessThan(1000);

            // A mutation whose check needs people-service writes nothing in meetings-service.
            JsonPath half = GraphQL.post("""
                    mutation($m: ID!, $p: ID!) { addParticipant(meetingId: $m, input: {personId: $p,
                      role: OBSERVER}) { role } }""", "m", Fixture.dtt16, "p", Fixture.kano);
            assertThat(GraphQL.codes(half)).containsExactly("UPSTREAM_UNAVAILABLE");
            assertThat(GraphQL.ok(PARTICIPANTS, "id", Fixture.dtt16).getList("data.meeting.participants"))
                    .hasSize(participantsBefore);
        } finally {
            long restart = System.nanoTime();
            GatewayStackResource.stack().restart(App.PEOPLE);
            long ready = System.nanoTime();
            Duration recovery = awaitPeople();
            running.set(false);
            load.join(30_000);
            System.out.printf("people-service restarted in %d ms; the gateway answered its fields again %d ms"
                    + " after it was ready; %d queries during the outage%n",
                    Duration.ofNanos(ready - restart).toMillis(), recovery.toMillis(), sent.get());
            assertThat(recovery).isLessThan(Duration.ofSeconds(10));
        }
        assertThat(statuses).isNotEmpty().allMatch(status -> status == 200);
        assertThat(GraphQL.ok(MIXED, "id", Fixture.ratner).getString("data.person.name")).isNotBlank();
    }

    private static Duration awaitPeople() throws InterruptedException {
        long started = System.nanoTime();
        while (Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(30)) < 0) {
            List<String> codes = GraphQL.codes(GraphQL.post("{ people(first: 1) { totalCount } }"));
            if (codes == null || codes.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
