package io.summitry.people.security;

import static io.restassured.RestAssured.given;
import static io.summitry.people.Fixtures.person;
import static io.summitry.people.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.summitry.testing.TestIssuer;
import io.summitry.testing.TestTokens;

/**
 * Tokens of an OIDC provider, verified with the keys its discovery document points to, beside the local key: a
 * rotated key is fetched when a token names it, every kind of bad token is a 401 problem that writes nothing, and a
 * provider that cannot be reached refuses writes with 503 until it is back.
 */
@QuarkusTest
@TestProfile(IssuerWrites.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IssuerTokensTest {

    private static final String PROBLEM = "application/problem+json";
    private static final TestIssuer ISSUER = TestIssuer.shared();

    @AfterAll
    static void releaseThePort() {
        ISSUER.stop();
    }

    @Test
    @Order(1)
    void shouldRefuseWritesWith503WhileTheIssuerIsUnreachableAndRecover() {
        String token = ISSUER.sign(ISSUER.claims("sub-down", "Dana Down", "editor"));
        int before = people();
        ISSUER.stop();
        try {
            create(token).statusCode(503).contentType(PROBLEM).body("status", equalTo(503));
            given().when().get("/people").then().statusCode(200);
        } finally {
            ISSUER.start();
        }
        assertThat(people()).isEqualTo(before);
        create(token).statusCode(201);
    }

    @Test
    @Order(2)
    void shouldRecordTheProvidersSubjectAndNameOnTheChange() {
        String id = create(ISSUER.sign(ISSUER.claims("sub-ada", "Ada Lovelace", "editor"))).statusCode(201)
                .extract().path("id");
        given().when().get("/people/" + id + "/history").then().statusCode(200)
                .body("edges[0].node.editor.id", equalTo("sub-ada"))
                .body("edges[0].node.editor.name", equalTo("Ada Lovelace"));
    }

    @Test
    @Order(3)
    void shouldAcceptARotatedKeyWithoutARestart() {
        ISSUER.rotate();
        create(ISSUER.sign(ISSUER.claims("sub-rotated", "Rita Rotated", "editor"))).statusCode(201);
    }

    @Test
    @Order(4)
    void shouldKeepAcceptingTheLocalKeyBesideTheProvider() {
        create(TestTokens.editor()).statusCode(201);
    }

    @Test
    @Order(5)
    void shouldRefuseEveryKindOfBadTokenWith401AndWriteNothing() {
        int before = people();
        long now = System.currentTimeMillis() / 1000;
        List<String> bad = List.of(
                ISSUER.sign(ISSUER.claims("sub-late", "Late", "editor").issuedAt(now - 7200).expiresAt(now - 3600)),
                ISSUER.sign(ISSUER.claims("sub-early", "Early", "editor").claim("nbf", now + 3600)),
                ISSUER.sign(ISSUER.claims("sub-aud", "Elsewhere", "editor").audience("another-app")),
                ISSUER.sign(ISSUER.claims("sub-iss", "Foreign", "editor").issuer("https://elsewhere.example")),
                ISSUER.signWithUnknownKey(ISSUER.claims("sub-kid", "Unknown Kid", "editor")),
                ISSUER.claims("sub-hmac", "Hmac", "editor").signWithSecret("a-secret-that-is-long-enough-for-hs256!!"),
                unsigned(ISSUER.sign(ISSUER.claims("sub-none", "None", "editor"))),
                "not.a.jwt",
                "x".repeat(10_000));
        for (String token : bad) {
            create(token).statusCode(401).contentType(PROBLEM).body("status", equalTo(401));
        }
        assertThat(people()).isEqualTo(before);
    }

    @Test
    @Order(6)
    void shouldRefuseAProviderTokenWithoutTheEditorRole() {
        create(ISSUER.sign(ISSUER.claims("sub-reader", "Rex Reader", "reader"))).statusCode(403).contentType(PROBLEM);
    }

    /** The same claims with {@code "alg":"none"} and no signature. */
    private static String unsigned(String token) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    private static ValidatableResponse create(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(person("Provider " + unique())).when().post("/people").then();
    }

    private static int people() {
        return given().when().get("/people").then().statusCode(200).extract().path("totalCount");
    }
}
