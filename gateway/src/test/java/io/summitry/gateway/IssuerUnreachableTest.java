package io.summitry.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * An OIDC provider that does not answer: a write with its token is refused as 503 ISSUER_UNAVAILABLE (the token may
 * be good, nothing is written, try again), not as a bad token; reads without a token go on.
 */
@QuarkusTest
@TestProfile(IssuerUnreachableTest.DeadIssuer.class)
class IssuerUnreachableTest {

    /** Port 9 (discard) on loopback: nothing listens there, and the value is the same in every class loader. */
    static final String ISSUER = "http://127.0.0.1:9/realms/summitry";

    public static class DeadIssuer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summitry.sign-in.issuer", ISSUER);
        }
    }

    @Test
    void shouldAnswer503IssuerUnavailableToAWriteAndKeepReadsWorking() {
        int before = GraphQL.postAs(null, WriteAccessTest.COUNT_PEOPLE).getInt("data.people.totalCount");
        ExtractableResponse<Response> answer = given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + tokenOf(ISSUER))
                .body(Map.of("query", WriteAccessTest.CREATE_PERSON, "variables", Map.of("name", "Unverified")))
                .when().post("/graphql").then().extract();

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(GraphQL.codes(answer.jsonPath())).containsExactly("ISSUER_UNAVAILABLE");
        assertThat(GraphQL.postAs(null, WriteAccessTest.COUNT_PEOPLE).getInt("data.people.totalCount"))
                .isEqualTo(before);
    }

    /** A token naming the issuer; its signature is never looked at, since the issuer's keys cannot be had. */
    private static String tokenOf(String issuer) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = "{\"alg\":\"RS256\",\"kid\":\"k1\"}";
        String claims = "{\"iss\":\"" + issuer + "\",\"aud\":\"summitry\",\"sub\":\"s\",\"groups\":[\"editor\"],"
                + "\"exp\":" + (Instant.now().getEpochSecond() + 600) + "}";
        return base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }
}
