package io.summitry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Mints JWTs for tests with an RSA key pair generated at test time under {@code target/test-keys}: the public half
 * configures the service, the private half signs. Nothing is read from the repository.
 */
public final class TestTokens {

    public static final String ISSUER = "https://summitry.local";
    public static final String AUDIENCE = "summitry";

    private static final Path DIRECTORY = Path.of("target", "test-keys");
    private static final Path PUBLIC_KEY = DIRECTORY.resolve("jwt-public.pem");
    private static final Path PRIVATE_KEY = DIRECTORY.resolve("jwt-private.pem");

    private TestTokens() {
    }

    /** The public key file the service verifies tokens with, generated on first use. */
    public static synchronized Path publicKey() {
        if (!Files.exists(PUBLIC_KEY) || !Files.exists(PRIVATE_KEY)) {
            KeyPair pair = generate();
            write(PRIVATE_KEY, "PRIVATE KEY", pair.getPrivate().getEncoded());
            write(PUBLIC_KEY, "PUBLIC KEY", pair.getPublic().getEncoded());
        }
        return PUBLIC_KEY.toAbsolutePath();
    }

    /** A valid token carrying the editor role. */
    public static String editor() {
        return withGroups("editor");
    }

    /** A valid token carrying only these roles. */
    public static String withGroups(String... groups) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn("test@summitry.local").groups(Set.of(groups))
                .expiresIn(Duration.ofMinutes(10)).sign(privateKey());
    }

    /** An editor token from another issuer. */
    public static String foreignIssuer() {
        return Jwt.issuer("https://elsewhere.example").audience(AUDIENCE).groups(Set.of("editor"))
                .expiresIn(Duration.ofMinutes(10)).sign(privateKey());
    }

    /** An editor token that expired an hour ago. */
    public static String expired() {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).audience(AUDIENCE).groups(Set.of("editor")).issuedAt(now - 7200)
                .expiresAt(now - 3600).sign(privateKey());
    }

    /** An editor token signed by a key the service does not know. */
    public static String forged() {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).groups(Set.of("editor")).expiresIn(Duration.ofMinutes(10))
                .sign(generate().getPrivate());
    }

    private static PrivateKey privateKey() {
        publicKey();
        try {
            String pem = Files.readString(PRIVATE_KEY, StandardCharsets.US_ASCII);
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
