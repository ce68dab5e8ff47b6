package io.summitry.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A minimal GraphQL-over-HTTP client: one POST per operation, errors turned into exceptions. */
public final class GraphQlClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param endpoint the GraphQL endpoint, e.g. {@code http://127.0.0.1:8080/graphql}
     * @param bearerToken sent as {@code Authorization: Bearer …} when not null
     */
    public GraphQlClient(URI endpoint, String bearerToken) {
        this.endpoint = endpoint;
        this.authorization = bearerToken == null || bearerToken.isBlank() ? null : "Bearer " + bearerToken;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Runs an operation and answers its {@code data}; GraphQL errors become a {@link GraphQlException}. */
    public JsonNode execute(String document, Map<String, ?> variables) {
        JsonNode response = executeRaw(document, variables);
        JsonNode errors = response.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            throw new GraphQlException(errors, document);
        }
        return response.path("data");
    }

    /** Runs an operation and answers the whole response, {@code data} and {@code errors}. */
    public JsonNode executeRaw(String document, Map<String, ?> variables) {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", document);
        body.set("variables", JSON.valueToTree(variables == null ? Map.of() : variables));
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            if (text == null || text.isBlank() || !text.trim().startsWith("{")) {
                throw new IllegalStateException("GraphQL endpoint " + endpoint + " answered HTTP "
                        + response.statusCode() + " without a JSON body: " + abbreviate(text));
            }
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach the GraphQL endpoint " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + endpoint, e);
        }
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    /** The errors a GraphQL operation answered. */
    public static final class GraphQlException extends RuntimeException {

        private final transient JsonNode errors;

        GraphQlException(JsonNode errors, String document) {
            super("GraphQL errors: " + errors + " for: " + document.strip().lines().findFirst().orElse(""));
            this.errors = errors;
        }

        public JsonNode errors() {
            return errors;
        }

        /** Whether any error carries this {@code extensions.code}. */
        public boolean hasCode(String code) {
            for (JsonNode error : errors) {
                if (code.equals(error.path("extensions").path("code").asText())) {
                    return true;
                }
            }
            return false;
        }
    }
}
