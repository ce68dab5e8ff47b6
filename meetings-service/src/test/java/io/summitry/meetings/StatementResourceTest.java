package io.summitry.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Statements: speakers in the source's order or an attribution, corrections under If-Match, search across meetings. */
@QuarkusTest
class StatementResourceTest {

    static final String MOON = "00000000-0000-4000-8000-000000000011";
    static final String KIM = "00000000-0000-4000-8000-000000000012";

    String older;
    String newer;

    @BeforeEach
    void seed() {
        Api.truncate();
        older = Api.createMeeting("Older talks", "2019-05-01");
        newer = Api.createMeeting("Newer talks", "2020-05-01");
    }

    static Map<String, Object> statement(Object... pairs) {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", "QUOTE");
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            input.put((String) pairs[i], pairs[i + 1]);
        }
        return input;
    }

    static String add(String meeting, Map<String, Object> input) {
        return given().contentType(ContentType.JSON).body(input)
                .when().post("/meetings/" + meeting + "/statements")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldKeepEverySpeakerInOrderAndFindTheStatementUnderEach() {
        String id = add(older, statement("speakerIds", List.of(KIM, MOON), "kind", "DOCUMENT", "text", "joint words"));
        given().when().get("/statements/" + id).then().statusCode(200)
                .header("ETag", containsString("0"))
                .body("speakerIds", contains(KIM, MOON)).body("kind", equalTo("DOCUMENT"))
                .body("basis", equalTo("REPORTED"));
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(MOON)))
                .when().post("/statements/by-speakers")
                .then().statusCode(200).body("groups[0].items.id", contains(id));
    }

    @Test
    void shouldRefuseAStatementWithNeitherSpeakerNorAttribution() {
        given().contentType(ContentType.JSON).body(statement("text", "words"))
                .when().post("/meetings/" + older + "/statements")
                .then().statusCode(400).body("errors.field", hasItem("attribution"));
        String id = add(older, statement("text", "words", "attribution", "a senior official"));
        given().when().get("/statements/" + id).then().body("speakerIds.size()", equalTo(0))
                .body("attribution", equalTo("a senior official"));
    }

    @Test
    void shouldReplaceAndRemoveOnlyUnderTheVersionRead() {
        String id = add(older, statement("speakerId", MOON, "text", "first"));
        Map<String, Object> corrected = statement("speakerIds", List.of(MOON, KIM), "text", "second",
                "basis", "INFERRED", "note", "from the communiqué");
        given().contentType(ContentType.JSON).body(corrected).when().put("/statements/" + id)
                .then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(corrected)
                .when().put("/statements/" + id).then().statusCode(409);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(corrected)
                .when().put("/statements/" + id).then().statusCode(200)
                .body("text", equalTo("second")).body("speakerIds", contains(MOON, KIM))
                .body("basis", equalTo("INFERRED")).body("version", equalTo(1));
        given().header("If-Match", "\"0\"").when().delete("/statements/" + id).then().statusCode(409);
        given().header("If-Match", "\"1\"").when().delete("/statements/" + id).then().statusCode(204);
        given().when().get("/statements/" + id).then().statusCode(404);
    }

    @Test
    void shouldSearchByRelevanceThenNewestMeetingAPageAtATime() {
        add(older, statement("speakerId", MOON, "text", "Missile defense must deepen"));
        add(newer, statement("speakerId", MOON, "text", "The defense of missile sites"));
        add(newer, statement("speakerId", KIM, "kind", "PARAPHRASE", "text", "missile DÉFENSE remains central"));
        add(newer, statement("speakerId", KIM, "text", "unrelated"));

        String cursor = given().queryParam("text", "missile defense").queryParam("first", 2)
                .when().get("/statements")
                .then().statusCode(200)
                .body("totalCount", equalTo(3))
                .body("edges.node.text", contains("missile DÉFENSE remains central", "Missile defense must deepen"))
                .body("pageInfo.hasNextPage", equalTo(true))
                .extract().path("pageInfo.endCursor");
        given().queryParam("text", "missile defense").queryParam("first", 2).queryParam("after", cursor)
                .when().get("/statements")
                .then().statusCode(200)
                .body("edges.node.text", contains("The defense of missile sites"))
                .body("pageInfo.hasNextPage", equalTo(false));

        given().queryParam("speaker", KIM).queryParam("kind", "PARAPHRASE").when().get("/statements")
                .then().statusCode(200).body("edges.node.text", contains("missile DÉFENSE remains central"));
        given().queryParam("from", "2019-01-01").queryParam("to", "2019-12-31").when().get("/statements")
                .then().statusCode(200).body("totalCount", equalTo(1));
        given().queryParam("after", "not-a-cursor").when().get("/statements")
                .then().statusCode(400).body("errors[0].field", equalTo("after"));
        given().queryParam("kind", "SHOUT").when().get("/statements")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("DOCUMENT"));
        given().queryParam("meeting", older).queryParam("text", "nothing like it").when().get("/statements")
                .then().statusCode(200).body("totalCount", equalTo(0)).body("pageInfo.endCursor", nullValue());
    }
}
