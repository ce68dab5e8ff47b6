package io.summitry.gateway.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.summitry.gateway.StubbedServices;

/**
 * Browser apps on other origins may call /graphql only when their origin is listed (quarkus.http.cors.origins; the
 * test profile lists the Vite dev server's http://localhost:5173): a preflight from a listed origin is answered with
 * the Access-Control-Allow-* headers a browser needs, any other origin gets none and its requests are refused.
 */
@QuarkusTest
@TestProfile(StubbedServices.class)
class CorsTest {

    static final String DEV_SERVER = "http://localhost:5173";

    private static Response preflight(String origin) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .when().options("/graphql");
    }

    @Test
    void shouldAnswerAPreflightFromAListedOrigin() {
        Response response = preflight(DEV_SERVER);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(DEV_SERVER);
        assertThat(response.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization")
                .containsIgnoringCase("content-type");
        assertThat(response.header("Access-Control-Allow-Methods")).contains("POST");
    }

    @Test
    void shouldLetAListedOriginReadTheAnswer() {
        Response response = given().header("Origin", DEV_SERVER).contentType("application/json")
                .body("{\"query\":\"{ countries { code } }\"}").when().post("/graphql");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(DEV_SERVER);
        assertThat(response.jsonPath().getList("data.countries.code")).contains("KR");
    }

    @Test
    void shouldGiveAnOriginThatIsNotListedNoAccess() {
        Response preflight = preflight("https://elsewhere.example");
        Response post = given().header("Origin", "https://elsewhere.example").contentType("application/json")
                .body("{\"query\":\"{ countries { code } }\"}").when().post("/graphql");

        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(post.header("Access-Control-Allow-Origin")).isNull();
        assertThat(post.statusCode()).isEqualTo(403);
    }
}
