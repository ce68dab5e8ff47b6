package io.summitry.gateway.history;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;

/**
 * WireMock in place of people-service and meetings-service, for tests of what the gateway itself does with their
 * answers (batching, merging, error codes, headers): no PostgreSQL, no service processes. Also makes the key pair
 * the gateway verifies editor tokens with. Used through a test profile that turns off the global stack resource.
 */
public class ServiceStubs implements QuarkusTestResourceLifecycleManager {

    static WireMockServer people;
    static WireMockServer meetings;
    private static KeyPair keys;

    @Override
    public Map<String, String> start() {
        people = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        meetings = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        people.start();
        meetings.start();
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "quarkus.rest-client.people.url", people.baseUrl(),
                "quarkus.rest-client.meetings.url", meetings.baseUrl(),
                "mp.jwt.verify.publickey", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                "mp.jwt.verify.publickey.location", "NONE");
    }

    /** An editor's token, signed with the key the gateway trusts in this profile. */
    static String editorToken() {
        return Jwt.issuer("https://summitry.local").audience("summitry").subject("ed@summitry.local")
                .upn("ed@summitry.local").groups(Set.of("editor")).expiresIn(Duration.ofMinutes(30))
                .sign(keys.getPrivate());
    }

    @Override
    public void stop() {
        if (people != null) {
            people.stop();
        }
        if (meetings != null) {
            meetings.stop();
        }
    }
}
