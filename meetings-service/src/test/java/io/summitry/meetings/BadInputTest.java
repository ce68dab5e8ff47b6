package io.summitry.meetings;

import static io.restassured.RestAssured.given;
import static io.summitry.meetings.Api.createMeeting;
import static io.summitry.meetings.Api.meeting;
import static io.summitry.meetings.Api.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Every kind of invalid input is a 400 in application/problem+json naming the offending field. */
@QuarkusTest
class BadInputTest {

    private static ValidatableResponse assertInvalid(ValidatableResponse response, String field) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", containsString("invalid-input"))
                .body("errors[0].field", equalTo(field))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void shouldRefuseAnInvalidEdtfDateNamingFieldAndInput() {
        assertInvalid(given().contentType(ContentType.JSON).body(meeting("Talks", "2025-13-45"))
                .when().post("/meetings").then(), "date.edtf")
                .body("detail", containsString("2025-13-45"));

        String id = createMeeting("Talks", "2025");
        String source = Api.createSource("An article", "2025-01-01");
        assertInvalid(given().contentType(ContentType.JSON)
                .body(Map.of("date", Map.of("edtf", "later this year"), "sourceId", source))
                .when().post("/meetings/{id}/date-reports", id).then(), "date.edtf")
                .body("detail", containsString("later this year"));
    }

    @Test
    void shouldRefuseUnknownEnumValues() {
        assertInvalid(given().queryParam("kind", "PARTY").when().get("/meetings").then(), "kind");
        assertInvalid(given().queryParam("status", "HELD", "DONE").when().get("/meetings").then(), "status");
        assertInvalid(given().queryParam("orderBy", "TITLE").when().get("/meetings").then(), "orderBy");
        assertInvalid(given().contentType(ContentType.JSON).body(with(meeting("Talks", "2025"), "kind", "PARTY"))
                .when().post("/meetings").then(), "kind");
    }

    @Test
    void shouldRefuseMalformedIds() {
        assertInvalid(given().when().get("/meetings/{id}", "not-a-uuid").then(), "id");
        assertInvalid(given().queryParam("participant", "42").when().get("/meetings").then(), "participant");
        assertInvalid(Api.batch("/meetings/by-ids", List.of("00000000-0000-4000-8000-000000000001", "nope")),
                "ids[1]");
        assertInvalid(given().contentType(ContentType.JSON).body(with(meeting("Talks", "2025"), "partOfId", "x"))
                .when().post("/meetings").then(), "partOfId");
    }

    @Test
    void shouldRefusePageSizesOutOfRangeAndGarbageCursors() {
        assertInvalid(given().queryParam("first", -1).when().get("/meetings").then(), "first");
        assertInvalid(given().queryParam("first", 101).when().get("/meetings").then(), "first");
        assertInvalid(given().queryParam("first", "ten").when().get("/meetings").then(), "first");
        assertInvalid(given().queryParam("last", 101).when().get("/meetings").then(), "last");
        assertInvalid(given().queryParam("after", "garbage!").when().get("/meetings").then(), "after");
        assertInvalid(given().queryParam("before", "Z2FyYmFnZQ").when().get("/meetings").then(), "before");
        assertInvalid(given().queryParam("after", "garbage").when().get("/sources").then(), "after");
        assertInvalid(given().contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(), "first", 101))
                .when().post("/meetings/by-participants").then(), "first");
    }

    @Test
    void shouldRefuseBadDatesAndRanges() {
        assertInvalid(given().queryParam("from", "2025-02-30").when().get("/meetings").then(), "from");
        assertInvalid(given().queryParam("from", "2025-04-01").queryParam("to", "2025-03-01")
                .when().get("/meetings").then(), "from");
    }

    @Test
    void shouldRefuseMissingRequiredFields() {
        Map<String, Object> noTitle = meeting("Talks", "2025");
        noTitle.remove("title");
        assertInvalid(given().contentType(ContentType.JSON).body(noTitle).when().post("/meetings").then(), "title");
        assertInvalid(given().contentType(ContentType.JSON).body(Map.of("title", "x", "kind", "TALKS",
                "status", "HELD")).when().post("/meetings").then(), "date");
        assertInvalid(given().contentType(ContentType.JSON).body(Map.of("name", "No slug"))
                .when().post("/series").then(), "slug");
        assertInvalid(given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/meetings/by-ids").then(), "ids");
    }

    @Test
    void shouldRefuseInvalidJson() {
        given().contentType(ContentType.JSON).body("{\"title\": \"Talks\", ")
                .when().post("/meetings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }

    @Test
    void shouldRefuseAnIfMatchThatIsNoVersion() {
        String id = createMeeting("Talks", "2025");
        assertInvalid(given().contentType(ContentType.JSON).header("If-Match", "\"abc\"").body(meeting("Talks", "2025"))
                .when().put("/meetings/{id}", id).then(), "If-Match");
    }
}
