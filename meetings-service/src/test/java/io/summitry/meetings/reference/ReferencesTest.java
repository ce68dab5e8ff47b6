package io.summitry.meetings.reference;

import static io.restassured.RestAssured.given;
import static io.summitry.meetings.Api.createMeeting;
import static io.summitry.meetings.Api.meeting;
import static io.summitry.meetings.Api.with;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.summitry.meetings.Api;

/** Every reference to a person or an organization is listed, and moved on a merge with a change for each. */
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
}
