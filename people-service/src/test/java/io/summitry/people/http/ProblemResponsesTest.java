package io.summitry.people.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every kind of bad request gets an RFC 9457 problem that names what is wrong, and never a stack trace. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldAnswerProblemForAnUnknownRoute() {
        given().when().get("/no-such-thing").then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("detail", containsString("/no-such-thing"));
    }

    @Test
    void shouldAnswerProblemForMalformedJson() {
        given().contentType(ContentType.JSON).body("{\"name\": ").when().post("/people").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("detail", equalTo("The request body is not valid JSON"));
    }

    @Test
    void shouldNameTheFieldOfAWrongEnumValue() {
        given().contentType(ContentType.JSON).body(Map.of("name", "Office", "kind", "EMBASSY"))
                .when().post("/organizations").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void shouldNameTheFieldsThatFailValidation() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "", "nationality", "Korea", "otherNames", List.of(Map.of("name", "x",
                        "lang", "not a tag!"))))
                .when().post("/people").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("nationality"))
                .body("errors.field", hasItem("otherNames[0].lang"));
    }

    @Test
    void shouldNameAMalformedIdInPathQueryAndBody() {
        given().when().get("/people/not-a-uuid").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("id"));
        given().queryParam("organizationId", "123").when().get("/people").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("organizationId"));
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of("7c9e6679-7425-40de-944b-e07fc1f90ae7",
                "nope"))).when().post("/people/by-ids").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("ids[1]"));
    }

    @Test
    void shouldRefuseTooManyIdsInABatch() {
        List<String> ids = Collections.nCopies(2001, "7c9e6679-7425-40de-944b-e07fc1f90ae7");
        given().contentType(ContentType.JSON).body(Map.of("ids", ids)).when().post("/organizations/by-ids").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("ids"));
    }

    @Test
    void shouldRefuseAMissingBody() {
        given().contentType(ContentType.JSON).when().post("/people/by-ids").then()
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldAnswerProblemForAWrongMethodOrMediaType() {
        given().when().delete("/countries").then().statusCode(405).contentType(PROBLEM);
        given().contentType(ContentType.TEXT).body("hello").when().post("/people").then()
                .statusCode(415).contentType(PROBLEM);
    }

    @Test
    void shouldReportTheDatabaseInReadiness() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void shouldPublishTheOpenApiDocument() {
        given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("info.title", equalTo("Summitry people-service"))
                .body("paths", org.hamcrest.Matchers.hasKey("/positions/at"));
    }
}
