package io.summitry.signin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.vertx.core.json.JsonObject;

/**
 * Reads the issuer of a JWT before anything is verified, only to choose which keys verify it; nothing read here is
 * trusted.
 */
final class UnverifiedClaims {

    private UnverifiedClaims() {
    }

    /** The {@code iss} of a compact JWS, or null when it is not one. */
    static String issuer(String token) {
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (second < 0) {
            return null;
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(first + 1, second));
            Object issuer = new JsonObject(new String(payload, StandardCharsets.UTF_8)).getValue("iss");
            return issuer instanceof String text ? text : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
