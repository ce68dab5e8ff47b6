package io.summitry.people.position;

import static io.restassured.RestAssured.given;
import static io.summitry.people.Fixtures.createOrganization;
import static io.summitry.people.Fixtures.createPerson;
import static io.summitry.people.Fixtures.createPosition;
import static io.summitry.people.Fixtures.position;
import static io.summitry.people.Fixtures.post;
import static io.summitry.people.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PositionResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldCreateReadUpdateAndDeleteAPosition() {
        String person = createPerson("Kim Sung-han " + unique());
        String office = createOrganization("National Security Office " + unique());
        String source = UUID.randomUUID().toString();
        Map<String, Object> body = position(person, office, "National Security Adviser", "2022-05-10", "2023-03~");
        body.put("sourceIds", List.of(source));
        String id = post("/positions", body).statusCode(201).header("ETag", "\"0\"")
                .body("start.edtf", equalTo("2022-05-10"))
                .body("start.earliest", equalTo("2022-05-10"))
                .body("start.precision", equalTo("DAY"))
                .body("end.latest", equalTo("2023-03-31"))
                .extract().path("id");

        given().when().get("/positions/" + id).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo("National Security Adviser"))
                .body("personId", equalTo(person))
                .body("organizationId", equalTo(office))
                .body("end.edtf", equalTo("2023-03~"))
                .body("end.text", containsString("2023"))
                .body("sourceIds", contains(source));

        body.put("end", Map.of("edtf", "2023-03-29", "note", "resigned"));
        body.put("sourceIds", List.of());
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/positions/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("end.earliest", equalTo("2023-03-29"))
                .body("end.note", equalTo("resigned"))
                .body("sourceIds", hasSize(0));

        given().header("If-Match", "\"0\"").when().delete("/positions/" + id).then().statusCode(409);
        given().header("If-Match", "\"1\"").when().delete("/positions/" + id).then().statusCode(204);
        given().when().get("/positions/" + id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseAnInvalidEdtfDateNamingTheField() {
        String person = createPerson("Someone " + unique());
        String office = createOrganization("Office " + unique());
        post("/positions", position(person, office, "Director", "2024-13-45", null)).statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("start.edtf"))
                .body("errors[0].message", containsString("2024-13-45"))
                .body("errors[0].message", containsString("position"));
        post("/positions", position(person, office, "Director", "2024", "next year")).statusCode(400)
                .body("errors[0].field", equalTo("end.edtf"));
        post("/positions", position(person, office, "Director", "2024-05", "2023")).statusCode(400)
                .body("errors[0].field", equalTo("end.edtf"));
    }

    @Test
    void shouldRefuseAnUnknownPersonOrOrganizationNamingTheField() {
        String person = createPerson("Someone " + unique());
        String office = createOrganization("Office " + unique());
        post("/positions", position(UUID.randomUUID().toString(), office, "Director", null, null)).statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("personId"));
        post("/positions", position(person, UUID.randomUUID().toString(), "Director", null, null)).statusCode(400)
                .body("errors[0].field", equalTo("organizationId"));
        post("/positions", position("not-a-uuid", office, "Director", null, null)).statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("personId"));
    }

    @Test
    void shouldAnswerThePostHeldAtExactAndFuzzyMoments() {
        String person = createPerson("Ryu Hyun-min " + unique());
        String ministry = createOrganization("Ministry " + unique());
        String before = createPosition(person, ministry, "Deputy Minister", "2023-03", "2024-12");
        String after = createPosition(person, ministry, "Vice Minister", "2025-01", null);
        String nobody = UUID.randomUUID().toString();

        post("/positions/at", Map.of("queries", List.of(
                query(person, "2024-06-15", "2024-06-15"),
                query(person, "2024-12-15", "2024-12-15"),
                query(person, "2025-01-01", "2025-06-30"), // 2025-40, the first half of 2025
                query(person, "2030-01-01", "2030-01-01"), // the open-ended post is still held
                query(person, "2020-01-01", "2020-01-01"),
                query(nobody, "2024-06-15", "2024-06-15")))).statusCode(200)
                .body("items", hasSize(6))
                .body("items[0].id", equalTo(before))
                .body("items[1].id", equalTo(before))
                .body("items[2].id", equalTo(after))
                .body("items[2].start.edtf", equalTo("2025-01"))
                .body("items[3].id", equalTo(after))
                .body("items[4]", nullValue())
                .body("items[5]", nullValue())
                .body("missing", contains(person, nobody));
    }

    @Test
    void shouldPreferAPostThatCertainlyCoversTheMoment() {
        String person = createPerson("Certain " + unique());
        String ministry = createOrganization("Ministry " + unique());
        String longHeld = createPosition(person, ministry, "Ambassador", "2020", null);
        String newer = createPosition(person, ministry, "Special Envoy", "2024-03", null);
        post("/positions/at", Map.of("queries", List.of(
                query(person, "2024-03-10", "2024-03-10"),
                query(person, "2024-05-01", "2024-05-01"),
                query(person, null, "2021-01-01")))).statusCode(200)
                .body("items[0].id", equalTo(longHeld))
                .body("items[1].id", equalTo(newer))
                .body("items[2].id", equalTo(longHeld));
    }

    @Test
    void shouldGroupPositionsByPeopleAndByOrganizations() {
        String person = createPerson("Grouped " + unique());
        String idle = createPerson("Idle " + unique());
        String ministry = createOrganization("Ministry " + unique());
        String agency = createOrganization("Agency " + unique());
        String old = createPosition(person, ministry, "Director", "2019", "2021");
        String recent = createPosition(person, agency, "Administrator", "2022-02", null);
        String unknownStart = createPosition(person, ministry, "Adviser", null, null);

        post("/positions/by-people", Map.of("ids", List.of(idle, person))).statusCode(200)
                .body("groups.key", contains(idle, person))
                .body("groups[0].items", hasSize(0))
                .body("groups[1].items.id", contains(recent, old, unknownStart));
        post("/positions/by-organizations", Map.of("ids", List.of(ministry, agency))).statusCode(200)
                .body("groups[0].items.id", contains(old, unknownStart))
                .body("groups[1].items.id", contains(recent));
        post("/positions/by-organizations", Map.of("ids", List.of(ministry, agency), "at", "2020-06-01"))
                .statusCode(200)
                .body("groups[0].items.id", contains(old, unknownStart))
                .body("groups[1].items", hasSize(0));
        post("/positions/by-ids", Map.of("ids", List.of(recent, UUID.randomUUID().toString()))).statusCode(200)
                .body("items[0].title", equalTo("Administrator"))
                .body("items[1]", nullValue())
                .body("missing", hasSize(1));
    }

    @Test
    void shouldRefuseAMomentEndingBeforeItStarts() {
        post("/positions/at", Map.of("queries", List.of(query(UUID.randomUUID().toString(), "2024-02-01",
                "2024-01-01")))).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("queries[0].to"));
    }

    private static Map<String, Object> query(String personId, String from, String to) {
        Map<String, Object> query = new HashMap<>(Map.of("personId", personId));
        if (from != null) {
            query.put("from", from);
        }
        if (to != null) {
            query.put("to", to);
        }
        return query;
    }
}
