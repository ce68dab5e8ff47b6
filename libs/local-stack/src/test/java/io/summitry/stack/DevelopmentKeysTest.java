package io.summitry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** The development tokens verify with the public key the apps are given, and say who may do what. */
class DevelopmentKeysTest {

    @Test
    void shouldSignATokenThatThePublishedPublicKeyVerifies() throws Exception {
        DevelopmentKeys keys = DevelopmentKeys.generate();
        try {
            String[] parts = keys.token("someone@summitry.local", "editor", Duration.ofHours(1)).split("\\.");

            String pem = Files.readString(keys.publicKeyFile());
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(publicKey);
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

            String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            assertThat(claims).contains("\"iss\":\"https://summitry.local\"", "\"aud\":\"summitry\"",
                    "\"groups\":[\"editor\"]", "\"upn\":\"someone@summitry.local\"");
        } finally {
            keys.delete();
        }
        assertThat(keys.publicKeyFile()).doesNotExist();
    }
}
