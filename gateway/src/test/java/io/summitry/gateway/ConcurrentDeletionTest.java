package io.summitry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * deletePerson while other editors add the person to meetings, over the real services: whoever wins, the person is
 * either still there or no meeting refers to them. Without the tombstone a participant added between the gateway's
 * reference check and the deletion would be left naming nobody.
 */
@QuarkusTest
class ConcurrentDeletionTest {

    static final int ROUNDS = 8;
    static final int AT_LEAST = 3;
    /** No round starts after this much time once AT_LEAST rounds are done: the machine may be slow. */
    static final Duration BUDGET = Duration.ofSeconds(90);
    static final int WRITERS = 4;
    static final int MEETINGS_PER_WRITER = 2;

    static final String ADD = """
            mutation($m: ID!, $p: ID!) { addParticipant(meetingId: $m, input: {personId: $p, role: DELEGATE}) { id } }""";
    static final String DELETE = "mutation($id: ID!, $v: Int!) { deletePerson(id: $id, expectedVersion: $v) }";

    @Test
    void aPersonDeletedWhileOthersAddThemIsEitherKeptOrReferredToByNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        int deleted = 0;
        int rounds = 0;
        Instant stop = Instant.now().plus(BUDGET);
        try {
            for (int round = 0; round < ROUNDS && (round < AT_LEAST || Instant.now().isBefore(stop)); round++) {
                rounds++;
                JsonPath person = GraphQL.ok("mutation { createPerson(input: {name: \"Raced " + round
                        + "\"}) { id version } }");
                String personId = person.getString("data.createPerson.id");
                List<String> meetings = new ArrayList<>();
                for (int i = 0; i < WRITERS * MEETINGS_PER_WRITER; i++) {
                    meetings.add(GraphQL.ok("mutation($input: MeetingInput!) { createMeeting(input: $input) { id } }",
                            "input", Map.of("title", "Raced talks " + round + "." + i, "kind", "TALKS",
                                    "status", "HELD", "date", Map.of("edtf", "2025")))
                            .getString("data.createMeeting.id"));
                }
                CyclicBarrier start = new CyclicBarrier(WRITERS + 1);
                List<Future<List<String>>> writers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    List<String> mine = meetings.subList(w * MEETINGS_PER_WRITER, (w + 1) * MEETINGS_PER_WRITER);
                    writers.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        // spread the writers around the deletion, so that some rounds delete and some refuse
                        Thread.sleep(ThreadLocalRandom.current().nextInt(40));
                        List<String> codes = new ArrayList<>();
                        for (String meetingId : mine) {
                            codes.addAll(GraphQL.codes(GraphQL.post(ADD, "m", meetingId, "p", personId)));
                        }
                        return codes;
                    }));
                }
                int delay = round * 15;
                Future<List<String>> deletion = pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    // later rounds delete later: the first ones mostly delete, the last ones mostly find references
                    Thread.sleep(delay);
                    return GraphQL.codes(GraphQL.post(DELETE, "id", personId, "v",
                            person.getInt("data.createPerson.version")));
                });

                for (Future<List<String>> writer : writers) {
                    // a refused participant is a CONFLICT while the person is being deleted (meetings-service's
                    // tombstone), BAD_USER_INPUT once they are gone (the gateway's lookup); on a loaded machine a
                    // write may also outlast the gateway's deadline, and commit or not: the check below covers both
                    assertThat(writer.get(60, TimeUnit.SECONDS)).as("round " + round)
                            .isSubsetOf("CONFLICT", "BAD_USER_INPUT", "UPSTREAM_UNAVAILABLE");
                }
                assertThat(deletion.get(60, TimeUnit.SECONDS)).as("round " + round).isSubsetOf("CONFLICT");

                JsonPath after = GraphQL.ok("query($id: ID!) { person(id: $id) { id } }", "id", personId);
                List<String> participants = new ArrayList<>();
                for (String meetingId : meetings) {
                    participants.addAll(GraphQL.ok("query($id: ID!) { meeting(id: $id) { participants { id } } }",
                            "id", meetingId).getList("data.meeting.participants.id", String.class));
                }
                if (after.getString("data.person.id") == null) {
                    deleted++;
                    assertThat(participants).as("round %d: participants of the deleted person", round).isEmpty();
                } else {
                    assertThat(participants).as("round %d: the kept person took part", round).isNotEmpty();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Log.infof("%d of %d rounds deleted the person, the others kept them", deleted, rounds);
    }
}
