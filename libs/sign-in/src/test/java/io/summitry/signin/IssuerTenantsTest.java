package io.summitry.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** How a token is routed to its issuer's keys, and how a configured role claim is read. */
class IssuerTenantsTest {

    @Test
    void shouldReadARoleClaimGivenAsADottedPathAsNestedClaims() {
        assertThat(IssuerTenants.claimPath("groups")).isEqualTo("groups");
        assertThat(IssuerTenants.claimPath("realm_access.roles")).isEqualTo("realm_access/roles");
        // a namespaced claim name (Auth0 style) is one claim, dots and all
        assertThat(IssuerTenants.claimPath("https://summitry.example/roles"))
                .isEqualTo("https://summitry.example/roles");
    }

    @Test
    void shouldTakeTheIssuerFromAnUnverifiedTokenAndNothingFromGarbage() {
        assertThat(UnverifiedClaims.issuer(jwt("{\"iss\":\"https://id.example/realms/summitry\",\"sub\":\"a\"}")))
                .isEqualTo("https://id.example/realms/summitry");
        assertThat(UnverifiedClaims.issuer(jwt("{\"iss\":42}"))).isNull();
        assertThat(UnverifiedClaims.issuer(jwt("not json"))).isNull();
        assertThat(UnverifiedClaims.issuer("not-a-jwt")).isNull();
        assertThat(UnverifiedClaims.issuer("a.%%%.c")).isNull();
    }

    private static String jwt(String claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
