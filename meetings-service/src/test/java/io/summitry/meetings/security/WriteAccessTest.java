package io.summitry.meetings.security;

import static io.restassured.RestAssured.given;
import static io.summitry.meetings.Api.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.summitry.testing.TestTokens;

/** Reads are public; every write needs a valid token with the editor role, and a refused write changes nothing. */
@QuarkusTest
@TestProfile(SecuredWrites.class)
class WriteAccessTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldRefuseAWriteWithoutATokenAndWriteNothing() {
        int before = meetings();
        json(given()).body(meeting("Anonymous talks", "2025")).when().post("/meetings").then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
        json(given()).body(Map.of("slug", "anonymous-series", "name", "Anonymous")).when().post("/series").then()
                .statusCode(401);
        given().when().get("/series/anonymous-series").then().statusCode(404);
        assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAWriteWithoutTheEditorRoleAndWriteNothing() {
        int before = meetings();
        json(as(TestTokens.withGroups("reader"))).body(meeting("Reader talks", "2025")).when().post("/meetings")
                .then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
        assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void shouldRefuseForgedForeignAndExpiredTokens() {
        int before = meetings();
        for (String token : List.of(TestTokens.forged(), TestTokens.foreignIssuer(), TestTokens.expired(),
                "not-a-jwt")) {
            json(as(token)).body(meeting("Forged talks", "2025")).when().post("/meetings").then()
                    .statusCode(401).contentType(PROBLEM);
        }
        assertThat(meetings()).isEqualTo(before);
    }

    @Test
    void shouldLetOnlyAnEditorChangeAMeetingAndItsChildren() {
        String id = json(as(TestTokens.editor())).body(meeting("Editor talks", "2025")).when().post("/meetings")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> participant = Map.of("personId", UUID.randomUUID().toString(), "role", "DELEGATE");
        json(given()).body(participant).when().post("/meetings/" + id + "/participants").then().statusCode(401);
        json(given()).header("If-Match", "\"0\"").body(meeting("Changed", "2025")).when().put("/meetings/" + id)
                .then().statusCode(401);
        as(TestTokens.withGroups("reader")).header("If-Match", "\"0\"").when().delete("/meetings/" + id).then()
                .statusCode(403);
        given().when().get("/meetings/" + id).then().statusCode(200).body("title", equalTo("Editor talks"))
                .body("version", equalTo(0));

        json(as(TestTokens.editor())).header("If-Match", "\"0\"").body(meeting("Changed", "2025")).when()
                .put("/meetings/" + id).then().statusCode(200).body("title", equalTo("Changed"));
        as(TestTokens.editor()).header("If-Match", "\"1\"").when().delete("/meetings/" + id).then().statusCode(204);
    }

    @Test
    void shouldKeepReadsAndBatchLookupsPublic() {
        given().when().get("/meetings").then().statusCode(200);
        given().when().get("/series").then().statusCode(200);
        for (String path : List.of("/series/by-slugs", "/series/meetings/by-slugs", "/sources/by-ids",
                "/sources/by-meetings", "/participants/by-meetings", "/participants/by-people",
                "/date-reports/by-meetings", "/mentions/by-meetings", "/statements/by-meetings",
                "/statements/by-speakers", "/meetings/by-ids", "/meetings/sessions/by-meetings",
                "/meetings/prepared-by/by-meetings", "/meetings/series-neighbours", "/meetings/by-participants")) {
            json(given()).body(Map.of("ids", List.of())).when().post(path).then().statusCode(200);
        }
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    private static int meetings() {
        return given().when().get("/meetings").then().statusCode(200).extract().path("totalCount");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static RequestSpecification json(RequestSpecification request) {
        return request.contentType(ContentType.JSON);
    }
}
