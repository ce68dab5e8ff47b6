package io.summitry.meetings.security;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.summitry.testing.TestTokens;

/** Runs the service as in production: writes need an editor token signed by the test key. */
public class SecuredWrites implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.http.auth.permission.writes.policy", "editor",
                "mp.jwt.verify.publickey.location", TestTokens.publicKey().toString());
    }
}
