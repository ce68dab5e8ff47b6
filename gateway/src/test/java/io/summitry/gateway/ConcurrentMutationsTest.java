package io.summitry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * No lost updates: 50 editors send an update carrying the same expectedVersion at once; exactly one wins, the 49
 * others get CONFLICT, and what is stored is the winner's input.
 */
@QuarkusTest
class ConcurrentMutationsTest {

    static final int EDITORS = 50;

    @Test
    void shouldLetExactlyOneOfFiftyConcurrentMeetingUpdatesWin() throws Exception {
        JsonPath created = GraphQL.ok("""
                mutation { createMeeting(input: {title: "Contested talks", kind: TALKS, status: PLANNED,
                  date: {edtf: "2025"}}) { id version } }""");
        String id = created.getString("data.createMeeting.id");
        int version = created.getInt("data.createMeeting.version");
        String update = """
                mutation($id: ID!, $v: Int!, $title: String!, $summary: String!) { updateMeeting(id: $id,
                  expectedVersion: $v, input: {title: $title, kind: TALKS, status: HELD, date: {edtf: "2025-06"},
                  summary: $summary}) { title summary version } }""";
        JsonPath winner = race(i -> GraphQL.post(update, "id", id, "v", version, "title", "Edit " + i, "summary",
                "by editor " + i), "updateMeeting");
        JsonPath stored = GraphQL.ok("query($id: ID!) { meeting(id: $id) { title summary status version } }",
                "id", id);
        assertThat(stored.getString("data.meeting.title")).isEqualTo(winner.getString("data.updateMeeting.title"));
        assertThat(stored.getString("data.meeting.summary"))
                .isEqualTo(winner.getString("data.updateMeeting.summary"));
        assertThat(stored.getString("data.meeting.status")).isEqualTo("HELD");
        assertThat(stored.getInt("data.meeting.version")).isEqualTo(version + 1);
    }

    @Test
    void shouldLetExactlyOneOfFiftyConcurrentPersonUpdatesWin() throws Exception {
        JsonPath created = GraphQL.ok("mutation { createPerson(input: {name: \"Contested Person\"}) { id version } }");
        String id = created.getString("data.createPerson.id");
        int version = created.getInt("data.createPerson.version");
        String update = """
                mutation($id: ID!, $v: Int!, $name: String!) { updatePerson(id: $id, expectedVersion: $v,
                  input: {name: $name, summary: $name}) { name summary version } }""";
        JsonPath winner = race(i -> GraphQL.post(update, "id", id, "v", version, "name", "Person edit " + i),
                "updatePerson");
        JsonPath stored = GraphQL.ok("query($id: ID!) { person(id: $id) { name summary } }", "id", id);
        assertThat(stored.getString("data.person.name")).isEqualTo(winner.getString("data.updatePerson.name"));
        assertThat(stored.getString("data.person.summary")).isEqualTo(winner.getString("data.updatePerson.name"));
    }

    /** Sends the updates together; asserts one success and CONFLICT for the rest; returns the winner's answer. */
    private static JsonPath race(IntFunction<JsonPath> update, String field) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (int i = 0; i < EDITORS; i++) {
                int editor = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return update.apply(editor);
                }));
            }
            start.countDown();
            List<JsonPath> winners = new ArrayList<>();
            Map<String, Integer> codes = new java.util.TreeMap<>();
            for (Future<JsonPath> answer : answers) {
                JsonPath result = answer.get(120, TimeUnit.SECONDS);
                List<String> errors = GraphQL.codes(result);
                if (errors == null || errors.isEmpty()) {
                    winners.add(result);
                } else {
                    errors.forEach(code -> codes.merge(code, 1, Integer::sum));
                }
            }
            System.out.printf("%s race: %d won, %s%n", field, winners.size(), codes);
            assertThat(winners).hasSize(1);
            assertThat(codes).isEqualTo(Map.of("CONFLICT", EDITORS - 1));
            return winners.get(0);
        } finally {
            pool.shutdownNow();
        }
    }
}
