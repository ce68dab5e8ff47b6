package io.summitry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * A minimal OpenID Connect issuer on 127.0.0.1 for tests of token verification: a discovery document and a JWKS with
 * one RSA key at a time. It can rotate its key and stop and start again on the same port, as a real provider does.
 */
public final class TestIssuer {

    /**
     * The port is chosen once per JVM and kept as a system property: a Quarkus test profile (which names the issuer in
     * the app's config) and the test class (which starts the issuer and signs) may load this class in different class
     * loaders.
     */
    private static final String PORT = "summitry.test-issuer.port";
    private static TestIssuer shared;

    private volatile KeyPair key;
    private volatile String kid;
    private HttpServer server;

    private TestIssuer() {
        rotate();
    }

    /** The issuer of this JVM, started on first use (call it from the tests, not from a profile). */
    public static synchronized TestIssuer shared() {
        if (shared == null) {
            shared = new TestIssuer();
        }
        if (shared.server == null) {
            shared.start();
        }
        return shared;
    }

    /** The issuer URL ({@code iss}), which is also where its discovery document is. */
    public static synchronized String url() {
        String port = System.getProperty(PORT);
        if (port == null) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = Integer.toString(socket.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(PORT, port);
        }
        return "http://127.0.0.1:" + port + "/issuer";
    }

    /** A new signing key under a new {@code kid}; the JWKS lists only the new one from now on. */
    public void rotate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            key = generator.generateKeyPair();
            kid = UUID.randomUUID().toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims for a token of this issuer valid ten minutes, named, for audience {@code summitry}. */
    public JwtClaimsBuilder claims(String subject, String name, String... groups) {
        return Jwt.issuer(url()).audience(TestTokens.AUDIENCE).subject(subject).claim("name", name)
                .groups(Set.of(groups)).expiresIn(Duration.ofMinutes(10));
    }

    /** Signs with the current key and names its {@code kid}. */
    public String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId(kid).sign(key.getPrivate());
    }

    /** Signs with a key this issuer never published, under a {@code kid} nobody knows. */
    public String signWithUnknownKey(JwtClaimsBuilder claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims.jws().keyId("unknown-" + UUID.randomUUID()).sign(generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized void start() {
        int port = URI.create(url()).getPort();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/issuer/.well-known/openid-configuration", exchange -> answer(exchange, """
                {"issuer":"%1$s","jwks_uri":"%1$s/jwks","authorization_endpoint":"%1$s/auth",\
                "token_endpoint":"%1$s/token","response_types_supported":["code"],\
                "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}"""
                .formatted(url())));
        server.createContext("/issuer/jwks", exchange -> {
            RSAPublicKey rsa = (RSAPublicKey) key.getPublic();
            answer(exchange, """
                    {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"%s","n":"%s","e":"%s"}]}"""
                    .formatted(kid, base64(rsa.getModulus()), base64(rsa.getPublicExponent())));
        });
        server.start();
    }

    /**
     * Stops answering (connections are refused) until {@link #start()}. A test class stops it when done: the next
     * test profile restarts the app in a new class loader, whose shared issuer (a new key) needs the same port.
     */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private static String base64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
