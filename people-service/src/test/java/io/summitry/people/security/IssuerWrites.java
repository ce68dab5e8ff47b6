package io.summitry.people.security;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.summitry.testing.TestIssuer;
import io.summitry.testing.TestTokens;

/** As in production with an OIDC provider: tokens of the test issuer (discovery + JWKS) beside the local key. */
public class IssuerWrites implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.http.auth.permission.writes.policy", "editor",
                "mp.jwt.verify.publickey.location", TestTokens.publicKey().toString(),
                "summitry.sign-in.issuer", TestIssuer.url());
    }
}
