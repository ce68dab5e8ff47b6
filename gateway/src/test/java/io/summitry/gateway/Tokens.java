package io.summitry.gateway;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Tokens for the tests, signed by the key pair of the stack the tests run against (or, forged, by another). */
final class Tokens {

    private Tokens() {
    }

    static String editor() {
        return GatewayStackResource.stack().editorToken();
    }

    static String reader() {
        return GatewayStackResource.stack().token("reader@summitry.local", "reader", Duration.ofMinutes(30));
    }

    static String expiredEditor() {
        return GatewayStackResource.stack().token("late@summitry.local", "editor", Duration.ofMinutes(-60));
    }

    /** An editor token with the right issuer and audience, signed by a key nobody trusts. */
    static String forgedEditor() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer("https://summitry.local").audience("summitry").upn("forger@summitry.local")
                    .groups(Set.of("editor")).expiresIn(Duration.ofMinutes(5))
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
