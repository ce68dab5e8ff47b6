package io.summitry.people.person;

import static io.restassured.RestAssured.given;
import static io.summitry.people.Fixtures.createOrganization;
import static io.summitry.people.Fixtures.createPerson;
import static io.summitry.people.Fixtures.createPosition;
import static io.summitry.people.Fixtures.person;
import static io.summitry.people.Fixtures.post;
import static io.summitry.people.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PersonResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldCreateReadUpdateAndDeleteAPerson() {
        Map<String, Object> body = person("Daniel Kritenbrink", "대니얼 크리텐브링크");
        body.put("givenName", "Daniel");
        body.put("familyName", "Kritenbrink");
        body.put("nationality", "US");
        String id = post("/people", body).statusCode(201).header("ETag", "\"0\"").extract().path("id");

        given().when().get("/people/" + id).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Daniel Kritenbrink"))
                .body("familyName", equalTo("Kritenbrink"))
                .body("nationality", equalTo("US"))
                .body("otherNames[0].name", equalTo("대니얼 크리텐브링크"))
                .body("otherNames[0].lang", equalTo("ko"));

        body.put("summary", "Assistant Secretary of State for East Asian and Pacific Affairs");
        body.put("otherNames", List.of());
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/people/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("otherNames", hasSize(0))
                .body("summary", equalTo("Assistant Secretary of State for East Asian and Pacific Affairs"));

        given().header("If-Match", "\"1\"").when().delete("/people/" + id).then().statusCode(204);
        given().when().get("/people/" + id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldDeleteAPersonsPositionsWithThem() {
        String personId = createPerson("Short Tenure " + unique());
        String positionId = createPosition(personId, createOrganization("Office " + unique()), "Aide", "2021", null);
        given().header("If-Match", "\"0\"").when().delete("/people/" + personId).then().statusCode(204);
        given().when().get("/positions/" + positionId).then().statusCode(404);
    }

    @Test
    void shouldLeaveAStaleUpdateWithoutEffect() {
        String id = createPerson("Ely Ratner " + unique());
        Map<String, Object> first = person("Ely Ratner");
        first.put("summary", "first edit");
        Map<String, Object> second = person("Ely S. Ratner");
        second.put("summary", "second edit");
        // Two editors read version 0; the first to write wins, the second gets a conflict.
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(first)
                .when().put("/people/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(second)
                .when().put("/people/" + id).then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("status", equalTo(409));
        given().header("If-Match", "\"0\"").when().delete("/people/" + id).then().statusCode(409);
        given().when().get("/people/" + id).then()
                .statusCode(200)
                .body("name", equalTo("Ely Ratner"))
                .body("summary", equalTo("first edit"))
                .body("version", equalTo(1));
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentUpdatesWin() throws Exception {
        String id = createPerson("Raced " + unique());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String summary : List.of("left", "right")) {
                Map<String, Object> body = person("Raced");
                body.put("summary", summary);
                answers.add(pool.submit(() -> given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .body(body).when().put("/people/" + id).then().extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        given().when().get("/people/" + id).then().body("version", equalTo(1));
    }

    @Test
    void shouldRequireIfMatchToChangeOrDelete() {
        String id = createPerson("Needs Version " + unique());
        given().contentType(ContentType.JSON).body(person("Changed")).when().put("/people/" + id).then()
                .statusCode(428).contentType(PROBLEM).body("status", equalTo(428));
        given().when().delete("/people/" + id).then().statusCode(428).contentType(PROBLEM);
        given().when().get("/people/" + id).then().statusCode(200);
    }

    @Test
    void shouldLookUpByIdsInRequestOrderWithMissing() {
        String a = createPerson("A " + unique(), "가");
        String b = createPerson("B " + unique());
        String unknown = UUID.randomUUID().toString();
        post("/people/by-ids", Map.of("ids", List.of(unknown, a, b, unknown))).statusCode(200)
                .body("items", hasSize(4))
                .body("items[0]", nullValue())
                .body("items[1].id", equalTo(a))
                .body("items[1].otherNames[0].name", equalTo("가"))
                .body("items[2].id", equalTo(b))
                .body("items[3]", nullValue())
                .body("missing", contains(unknown));
    }

    @Test
    void shouldFindPeopleByPartialAccentFreeAndOtherLanguageNames() {
        String marker = unique();
        String woo = createPerson("Woo Kyung-seok " + marker, "우경석");
        String kritenbrink = createPerson("Daniel Kritenbrink " + marker);
        String yasukata = createPerson("Yasukata Hitoshi " + marker, "安念 仁");
        String francois = createPerson("François Heisbourg " + marker);

        assertFinds("Kritenbrink " + marker, kritenbrink);
        assertFinds("kritenbr", kritenbrink);
        assertFinds("KRITENBR", kritenbrink);
        assertFinds("Woo Kyung", woo);
        assertFinds("kyungseok", woo);
        assertFinds("kyung seok", woo);
        assertFinds("우경석", woo);
        assertFinds("安念", yasukata);
        assertFinds("francois heisb", francois);
        assertFinds("FRANÇOIS", francois);
    }

    @Test
    void shouldRankCloserMatchesFirst() {
        String marker = unique();
        String exact = createPerson("Kim " + marker);
        String longer = createPerson("Kimberly Longername " + marker);
        given().queryParam("text", marker).when().get("/people").then()
                .statusCode(200)
                .body("edges.node.id", contains(exact, longer))
                .body("totalCount", equalTo(2));
        given().queryParam("text", "kim " + marker).when().get("/people").then()
                .body("edges.node.id", contains(exact));
    }

    @Test
    void shouldFilterByNationalityAndOrganization() {
        String marker = unique();
        Map<String, Object> body = person("Kim Yong-hyun " + marker);
        body.put("nationality", "KR");
        String korean = post("/people", body).statusCode(201).extract().path("id");
        String american = createPerson("Lloyd Austin " + marker);
        String office = createOrganization("Office " + marker);
        createPosition(american, office, "Secretary", "2021-01-22", "2025-01-20");

        given().queryParam("text", marker).queryParam("nationality", "KR").when().get("/people").then()
                .body("edges.node.id", contains(korean));
        given().queryParam("organizationId", office).when().get("/people").then()
                .body("edges.node.id", contains(american))
                .body("totalCount", equalTo(1));
    }

    @Test
    void shouldAnswerConflictForADuplicateWikidataId() {
        String wikidataId = "Q" + (200_000_000 + new java.util.Random().nextInt(100_000_000));
        Map<String, Object> first = person("First " + unique());
        first.put("wikidataId", wikidataId);
        post("/people", first).statusCode(201);
        Map<String, Object> second = person("Second " + unique());
        second.put("wikidataId", wikidataId);
        post("/people", second).statusCode(409).contentType(PROBLEM)
                .body("errors[0].field", equalTo("wikidataId"))
                .body("errors[0].message", equalTo("'" + wikidataId + "' is already used"));
    }

    private static void assertFinds(String text, String id) {
        given().queryParam("text", text).when().get("/people").then()
                .statusCode(200)
                .body("edges.node.id", hasItem(id));
    }
}
