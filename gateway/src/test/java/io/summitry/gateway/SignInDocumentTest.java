package io.summitry.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The web UI learns at run time where editors sign in. */
@QuarkusTest
@TestProfile(SignInDocumentTest.WithProvider.class)
class SignInDocumentTest {

    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summitry.sign-in.issuer", "https://id.example.org/realms/summitry",
                    "summitry.sign-in.client-id", "summitry-web");
        }
    }

    @Test
    void shouldTellTheWebUiTheIssuerClientAndScopes() {
        given().when().get("/sign-in.json").then().statusCode(200).contentType("application/json")
                .body("issuer", equalTo("https://id.example.org/realms/summitry"))
                .body("clientId", equalTo("summitry-web"))
                .body("scopes", equalTo("openid profile email"));
    }
}
