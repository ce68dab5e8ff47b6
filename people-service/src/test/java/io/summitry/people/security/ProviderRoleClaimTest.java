package io.summitry.people.security;

import static io.restassured.RestAssured.given;
import static io.summitry.people.Fixtures.person;
import static io.summitry.people.Fixtures.unique;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.summitry.testing.TestIssuer;

/** A provider whose editors carry their own role name in a nested claim (Keycloak's realm roles, say). */
@QuarkusTest
@TestProfile(ProviderRoleClaimTest.RealmRoles.class)
class ProviderRoleClaimTest {

    private static final TestIssuer ISSUER = TestIssuer.shared();

    @AfterAll
    static void releaseThePort() {
        ISSUER.stop();
    }

    public static class RealmRoles extends IssuerWrites {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("summitry.sign-in.role-claim", "realm_access.roles");
            config.put("summitry.sign-in.editor-role", "summitry-editor");
            return config;
        }
    }

    @Test
    void shouldMakeAnEditorOfTheConfiguredRoleInTheConfiguredClaim() {
        create(ISSUER.sign(ISSUER.claims("sub-realm", "Rhea Realm")
                .claim("realm_access", Map.of("roles", List.of("offline_access", "summitry-editor")))))
                .statusCode(201);
    }

    @Test
    void shouldIgnoreTheRoleNameInAnotherClaim() {
        create(ISSUER.sign(ISSUER.claims("sub-groups", "Gus Groups", "editor", "summitry-editor")
                .claim("realm_access", Map.of("roles", List.of("offline_access"))))).statusCode(403);
    }

    private static ValidatableResponse create(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(person("Realm " + unique())).when().post("/people").then();
    }
}
