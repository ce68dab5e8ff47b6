package io.summitry.people.security;

import static io.restassured.RestAssured.given;
import static io.summitry.people.Fixtures.person;
import static io.summitry.people.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

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
    void shouldRecordTheTokensEditorOnTheChangeAndLetAnyoneReadIt() {
        String id = json(as(TestTokens.editor())).body(person("Signed " + unique())).when().post("/people").then()
                .statusCode(201).extract().path("id");
        given().when().get("/people/" + id + "/history").then().statusCode(200)
                .body("edges[0].node.editor.id", equalTo("test@summitry.local"));
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(id))).when()
                .post("/people/history/by-ids").then().statusCode(200);
        given().when().get("/changes").then().statusCode(200);
        given().when().post("/people/" + id + "/restore?revision=1").then().statusCode(401);
    }

    @Test
    void shouldRefuseAWriteWithoutATokenAndWriteNothing() {
        String name = "Anonymous " + unique();
        int before = people();
        json(given()).body(person(name)).when().post("/people").then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("title", equalTo("Authentication required"));
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAWriteWithoutTheEditorRoleAndWriteNothing() {
        String name = "Reader " + unique();
        int before = people();
        json(as(TestTokens.withGroups("reader"))).body(person(name)).when().post("/people").then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("status", equalTo(403));
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void shouldRefuseForgedForeignAndExpiredTokens() {
        String name = "Forger " + unique();
        int before = people();
        for (String token : List.of(TestTokens.forged(), TestTokens.foreignIssuer(), TestTokens.expired(),
                "not-a-jwt")) {
            json(as(token)).body(person(name)).when().post("/people").then()
                    .statusCode(401)
                    .contentType(PROBLEM);
        }
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void shouldLetAnEditorCreateUpdateAndDelete() {
        String id = json(as(TestTokens.editor())).body(person("Editor Made " + unique())).when().post("/people")
                .then().statusCode(201).extract().path("id");
        json(given()).header("If-Match", "\"0\"").body(person("Changed")).when().put("/people/" + id).then()
                .statusCode(401);
        given().header("If-Match", "\"0\"").when().delete("/people/" + id).then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.withGroups("reader")).header("If-Match", "\"0\"")
                .when().delete("/people/" + id).then().statusCode(403);
        given().when().get("/people/" + id).then().statusCode(200).body("version", equalTo(0));

        json(as(TestTokens.editor())).header("If-Match", "\"0\"").body(person("Changed")).when()
                .put("/people/" + id).then().statusCode(200).body("name", equalTo("Changed"));
        as(TestTokens.editor()).header("If-Match", "\"1\"").when().delete("/people/" + id).then().statusCode(204);
    }

    @Test
    void shouldKeepReadsAndBatchLookupsPublic() {
        given().when().get("/people").then().statusCode(200);
        given().when().get("/countries/KR").then().statusCode(200);
        for (String path : List.of("/people/by-ids", "/organizations/by-ids", "/organizations/children/by-parents",
                "/positions/by-ids", "/positions/by-people", "/positions/by-organizations")) {
            json(given()).body(Map.of("ids", List.of())).when().post(path).then().statusCode(200);
        }
        json(given()).body(Map.of("queries", List.of())).when().post("/positions/at").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    private static int people() {
        return given().when().get("/people").then().statusCode(200).extract().path("totalCount");
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static RequestSpecification json(RequestSpecification request) {
        return request.contentType(ContentType.JSON);
    }
}
