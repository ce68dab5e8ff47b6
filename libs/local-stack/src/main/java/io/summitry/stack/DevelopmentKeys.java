package io.summitry.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * An RSA key pair made for one local stack: the apps verify JWTs with its public half, written to a PEM file; the
 * private half never leaves memory and signs the editor tokens the stack hands out.
 */
final class DevelopmentKeys {

    static final String ISSUER = "https://summitry.local";
    static final String AUDIENCE = "summitry";

    private final KeyPair pair;
    private final Path publicKeyFile;

    private DevelopmentKeys(KeyPair pair, Path publicKeyFile) {
        this.pair = pair;
        this.publicKeyFile = publicKeyFile;
    }

    /** Generates a key pair and writes its public half as PEM into a new temporary file. */
    static DevelopmentKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path file = Files.createTempFile("summitry-jwt-public", ".pem");
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(pair.getPublic().getEncoded());
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n");
            return new DevelopmentKeys(pair, file);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not generate a development key pair", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the development public key", e);
        }
    }

    Path publicKeyFile() {
        return publicKeyFile;
    }

    /** A signed RS256 JWT for {@link #ISSUER} and {@link #AUDIENCE} carrying the given role. */
    String token(String subject, String role, Duration validity) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + subject
                + "\",\"upn\":\"" + subject + "\",\"groups\":[\"" + role + "\"],\"iat\":" + now + ",\"exp\":"
                + (now + validity.toSeconds()) + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signed = encode(header.getBytes(StandardCharsets.UTF_8)) + "."
                + encode(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(pair.getPrivate());
            signature.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + encode(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a development token", e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(publicKeyFile);
        } catch (IOException e) {
            // a leftover public key in the temp directory is harmless
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
