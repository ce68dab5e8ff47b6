package io.summitry.meetings.security;

import static io.restassured.RestAssured.given;
import static io.summitry.meetings.Api.meeting;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Text PostgreSQL cannot hold (a NUL character) is the client's mistake: 400, not 500. */
@QuarkusTest
class UnstorableTextTest {

    @Test
    void shouldAnswer400ForANulCharacterInABodyOrAFilter() {
        given().contentType(ContentType.JSON).body(meeting("Nul\u0000Talks", "2025")).when().post("/meetings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body(not(containsString("Exception")));
        given().queryParam("text", "a\u0000b").when().get("/meetings").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
