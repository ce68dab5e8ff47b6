package io.summitry.people.security;

import static io.restassured.RestAssured.given;
import static io.summitry.people.Fixtures.person;
import static io.summitry.people.Fixtures.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Text PostgreSQL cannot hold (a NUL character) is the client's mistake: 400, not 500. */
@QuarkusTest
class UnstorableTextTest {

    @Test
    void shouldAnswer400ForANulCharacterInABodyOrAFilter() {
        post("/people", person("Nul\u0000Name")).statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body(not(containsString("Exception")));
        given().queryParam("text", "a\u0000b").when().get("/people").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
