package io.summitry.meetings.reference;

import static io.restassured.RestAssured.given;
import static io.summitry.meetings.Api.createMeeting;
import static io.summitry.meetings.Api.meeting;
import static io.summitry.meetings.Api.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.summitry.meetings.Api;

/**
 * Every reference to a person or an organization is listed, moved on a merge with a change for each, and refused
 * while a tombstone stands.
 */
@QuarkusTest
class ReferencesTest {

    @Test
    void shouldListAndMoveEveryReferenceToAPerson() {
        String from = UUID.randomUUID().toString();
        String into = UUID.randomUUID().toString();
        String meetingId = createMeeting("Talks", "2025");
        String participant = Api.addParticipant(meetingId, from, "DELEGATE", "KR");
        String mention = given().contentType(ContentType.JSON)
                .body(Map.of("personId", from, "context", "commended", "mentionedById", from))
                .when().post("/meetings/{id}/mentions", meetingId).then().statusCode(201).extract().path("id");
        String statement = given().contentType(ContentType.JSON)
                .body(Map.of("speakerId", from, "kind", "QUOTE", "text", "We agreed"))
                .when().post("/meetings/{id}/statements", meetingId).then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(from, into)))
                .when().post("/references/by-people").then().statusCode(200)
                .body("groups[0].items.field", containsInAnyOrder("personId", "personId", "mentionedById", "speakerIds"))
                .body("groups[0].items.id", hasItem(participant))
                .body("groups[0].items.meetingId", hasItem(meetingId))
                .body("groups[1].items.size()", equalTo(0));

        String clash = createMeeting("Other talks", "2025");
        Api.addParticipant(clash, from, "DELEGATE", "KR");
        Api.addParticipant(clash, into, "DELEGATE", "KR");
        given().when().post("/references/people/" + from + "/move-to/" + into).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(from)))
                .when().post("/references/by-people").then().body("groups[0].items.size()", equalTo(5));
        given().when().delete("/meetings/{id}/participants/{p}", clash, given().contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(from))).when().post("/references/by-people").then().extract()
                .jsonPath().getString("groups[0].items.find { it.meetingId == '" + clash + "' }.id")).then()
                .statusCode(204);

        given().header("Summitry-Note", "merged").when().post("/references/people/" + from + "/move-to/" + into)
                .then().statusCode(200).body("size()", equalTo(4));
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(from, into)))
                .when().post("/references/by-people").then()
                .body("groups[0].items.size()", equalTo(0)).body("groups[1].items.size()", equalTo(5));
        given().when().get("/statements/" + statement).then().body("speakerIds[0]", equalTo(into));
        given().when().get("/meetings/" + meetingId + "/history").then().statusCode(200)
                .body("edges[0].node.note", equalTo("merged"))
                .body("edges.findAll { it.node.note == 'merged' }.node.id",
                        containsInAnyOrder(participant, mention, statement));
        given().when().post("/references/people/" + from + "/move-to/" + from).then().statusCode(400);
    }

    @Test
    void shouldListAndMoveTheMeetingsAnOrganizationHosts() {
        String from = UUID.randomUUID().toString();
        String into = UUID.randomUUID().toString();
        String hosted = createMeeting(with(meeting("Hosted", "2024"), "hostOrganizationId", from));
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(from)))
                .when().post("/references/by-organizations").then().statusCode(200)
                .body("groups[0].items[0].typename", equalTo("Meeting"))
                .body("groups[0].items[0].field", equalTo("hostOrganizationId"))
                .body("groups[0].items[0].id", equalTo(hosted));
        given().when().post("/references/organizations/" + from + "/move-to/" + into).then().statusCode(200)
                .body("[0].id", equalTo(hosted));
        given().when().get("/meetings/" + hosted).then().body("hostOrganizationId", equalTo(into));
    }

    @Test
    void shouldRefuseEveryNewReferenceToARecordUnderATombstoneUntilItIsLifted() {
        String person = UUID.randomUUID().toString();
        String organization = UUID.randomUUID().toString();
        String meetingId = createMeeting("Talks under a tombstone", "2025");
        given().when().put("/references/tombstones/people/" + person).then().statusCode(204);
        given().when().put("/references/tombstones/people/" + person).then().statusCode(204);
        given().when().put("/references/tombstones/organizations/" + organization).then().statusCode(204);

        refused("/meetings/" + meetingId + "/participants", Map.of("personId", person, "role", "DELEGATE"),
                "personId");
        refused("/meetings/" + meetingId + "/mentions", Map.of("personId", UUID.randomUUID().toString(),
                "context", "thanked", "mentionedById", person), "mentionedById");
        refused("/meetings/" + meetingId + "/statements", Map.of("speakerIds",
                List.of(UUID.randomUUID().toString(), person), "kind", "QUOTE", "text", "We agreed"), "speakerIds");
        refused("/meetings", with(meeting("Hosted by a deleted one", "2025"), "hostOrganizationId", organization),
                "hostOrganizationId");
        given().when().post("/references/people/" + UUID.randomUUID() + "/move-to/" + person).then().statusCode(409)
                .body("errors[0].field", equalTo("intoId"));
        given().when().put("/references/tombstones/countries/" + person).then().statusCode(404);

        given().when().delete("/references/tombstones/people/" + person).then().statusCode(204);
        Api.addParticipant(meetingId, person, "DELEGATE", "KR");
    }

    /**
     * The race a deletion must not lose: writers add participants for one person while the tombstone is laid and
     * the references listed right after. Every participant that was added must be in that list (it committed
     * first), and every later one refused; none may slip in between.
     */
    @Test
    void shouldListEveryParticipantAddedBeforeThePersonsTombstoneAndRefuseEveryLaterOne() throws Exception {
        race("people", (person, meetingId) -> given().contentType(ContentType.JSON)
                .body(Map.of("personId", person, "role", "DELEGATE"))
                .when().post("/meetings/{id}/participants", meetingId).then().extract());
    }

    /** The same race for an organization: meetings created with it as host while its tombstone is laid. */
    @Test
    void shouldListEveryMeetingHostedBeforeTheOrganizationsTombstoneAndRefuseEveryLaterOne() throws Exception {
        race("organizations", (organization, unused) -> given().contentType(ContentType.JSON)
                .body(with(meeting("Hosted in a race", "2025"), "hostOrganizationId", organization))
                .when().post("/meetings").then().extract());
    }

    /**
     * Rounds of writers, each referring to a fresh id (in meetings of its own), started with the laying of that id's
     * tombstone and the listing that follows it: what was listed is exactly what was written.
     */
    private static void race(String kind, BiFunction<String, String, ExtractableResponse<Response>> write)
            throws Exception {
        int writers = 4;
        int writes = 3;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            for (int round = 0; round < 12; round++) {
                String referent = UUID.randomUUID().toString();
                List<String> meetings = new ArrayList<>();
                for (int i = 0; i < writers * writes; i++) {
                    meetings.add(createMeeting("Race " + round + "." + i, "2025"));
                }
                CyclicBarrier start = new CyclicBarrier(writers + 1);
                List<Future<List<String>>> added = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    List<String> mine = meetings.subList(w * writes, (w + 1) * writes);
                    added.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        List<String> ids = new ArrayList<>();
                        for (String meetingId : mine) {
                            ExtractableResponse<Response> answer = write.apply(referent, meetingId);
                            assertThat(answer.statusCode()).as(answer.body().asString()).isIn(201, 409);
                            if (answer.statusCode() == 201) {
                                ids.add(answer.path("id"));
                            }
                        }
                        return ids;
                    }));
                }
                Future<List<String>> listed = pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    given().when().put("/references/tombstones/" + kind + "/" + referent).then().statusCode(204);
                    return given().contentType(ContentType.JSON).body(Map.of("ids", List.of(referent)))
                            .when().post("/references/by-" + kind).then().statusCode(200).extract().jsonPath()
                            .getList("groups[0].items.id", String.class);
                });
                List<String> committed = new ArrayList<>();
                for (Future<List<String>> writer : added) {
                    committed.addAll(writer.get(30, TimeUnit.SECONDS));
                }
                assertThat(listed.get(30, TimeUnit.SECONDS)).as("round " + round)
                        .containsExactlyInAnyOrderElementsOf(committed);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void refused(String path, Map<String, ?> body, String field) {
        given().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(409)
                .body("errors[0].field", equalTo(field));
    }
}
