package io.summitry.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What operators and the gateway's developers rely on: readiness with the database, and the OpenAPI document. */
@QuarkusTest
class OperationsTest {

    @Test
    void shouldBeReadyOnlyWithTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void shouldDocumentTheFuzzyDateFilterRuleInOpenApi() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("search bounds [searchFrom, searchTo] overlap [from, to]"))
                .body(containsString("/meetings/by-participants"));
    }
}
