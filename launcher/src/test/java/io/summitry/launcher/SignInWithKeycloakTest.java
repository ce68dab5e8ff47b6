package io.summitry.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import io.summitry.stack.App;
import io.summitry.stack.LocalKeycloak;
import io.summitry.stack.LocalStack;

/**
 * Editors signed in at a real Keycloak (the realm the project ships) write through the gateway; the services check the
 * same token again and record its user in the history. The local run's own key keeps working beside the issuer.
 * Needs the apps packaged first, as {@link TrilateralSeedEndToEndTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInWithKeycloakTest {

    static final String CREATE_PERSON = "mutation($name: String!) { createPerson(input: {name: $name}) { id } }";
    static final String HISTORY = "query($id: ID!) { person(id: $id) { history(first: 5) { edges { node "
            + "{ kind editor { id name } } } } } }";
    static final String COUNT = "{ people(first: 1) { totalCount } }";

    LocalKeycloak keycloak;
    LocalStack stack;

    @BeforeAll
    void startKeycloakAndTheApps() throws IOException {
        Path logs = Files.createTempDirectory("summitry-sign-in");
        keycloak = LocalKeycloak.start(LocalKeycloak.unpackedIn(TrilateralSeedEndToEndTest.ROOT),
                logs.resolve("keycloak.log"), Duration.ofSeconds(300));
        System.out.println("Keycloak answered after " + keycloak.startTime().toMillis() + " ms");
        LocalStack.Builder builder = LocalStack.builder().projectRoot(TrilateralSeedEndToEndTest.ROOT)
                .logDirectory(logs).readyTimeout(TrilateralSeedEndToEndTest.READY_TIMEOUT);
        for (App app : App.values()) {
            builder.app(app, 0).config(app, "summitry.sign-in.issuer", keycloak.issuer());
        }
        stack = builder.start();
    }

    @AfterAll
    void stopEverything() {
        if (stack != null) {
            stack.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void shouldRecordTheSignedInEditorsNameOnTheirChange() {
        String token = keycloak.accessToken(LocalKeycloak.EDITOR, LocalKeycloak.EDITOR_PASSWORD);
        String id = as(token).execute(CREATE_PERSON, Map.of("name", "Signed In At Keycloak")).path("createPerson")
                .path("id").asText();

        JsonNode change = as(null).execute(HISTORY, Map.of("id", id)).path("person").path("history").path("edges")
                .get(0).path("node");
        assertThat(change.path("kind").asText()).isEqualTo("CREATED");
        assertThat(change.path("editor").path("name").asText()).isEqualTo(LocalKeycloak.EDITOR_NAME);
        assertThat(change.path("editor").path("id").asText()).isEqualTo(claim(token, "sub"));
    }

    @Test
    void shouldRefuseAUserOutsideTheEditorGroupAndWriteNothing() {
        int before = people();
        String token = keycloak.accessToken(LocalKeycloak.READER, LocalKeycloak.READER_PASSWORD);
        JsonNode answer = as(token).executeRaw(CREATE_PERSON, Map.of("name", "Reader At Keycloak"));
        assertThat(answer.path("errors").get(0).path("extensions").path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void shouldRefuseATamperedKeycloakTokenAndWriteNothing() {
        int before = people();
        String token = keycloak.accessToken(LocalKeycloak.READER, LocalKeycloak.READER_PASSWORD);
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]));
        String promoted = claims.replaceFirst("\"exp\"", "\"groups\":[\"editor\"],\"exp\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(promoted.getBytes())
                + "." + parts[2];
        JsonNode answer = as(forged).executeRaw(CREATE_PERSON, Map.of("name", "Forger At Keycloak"));
        assertThat(answer.path("errors").get(0).path("extensions").path("code").asText())
                .isEqualTo("UNAUTHENTICATED");
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void shouldKeepAcceptingTheLocalRunsOwnKeyBesideTheIssuer() {
        JsonNode created = as(stack.editorToken()).execute(CREATE_PERSON, Map.of("name", "Local Key Editor"));
        assertThat(created.path("createPerson").path("id").asText()).isNotBlank();
    }

    private GraphQlClient as(String token) {
        return new GraphQlClient(URI.create(stack.baseUri(App.GATEWAY) + "/graphql"), token);
    }

    private int people() {
        return as(null).execute(COUNT, Map.of()).path("people").path("totalCount").asInt();
    }

    private static String claim(String token, String name) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).path(name).asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
