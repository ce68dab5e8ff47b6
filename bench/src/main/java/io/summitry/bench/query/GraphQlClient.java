package io.summitry.bench.query;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Posts GraphQL requests to one endpoint and answers the parsed JSON, refusing answers that carry errors. */
public final class GraphQlClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String bearer;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public GraphQlClient(URI endpoint) {
        this(endpoint, null);
    }

    /** A client that sends {@code Authorization: Bearer <token>}, as an editor's front end does for mutations. */
    public GraphQlClient(URI endpoint, String token) {
        this.endpoint = endpoint;
        this.bearer = token;
    }

    /** The JSON body of a query text with its variables. */
    public static String body(String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The JSON body of a request, as wrk and the direct measurements send it. */
    public static String body(QueryCase query) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query.query().text());
        body.put("variables", query.variables());
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a query and answers the whole response ({@code data}, {@code extensions}). */
    public JsonNode send(QueryCase query) {
        return send(body(query), query.label());
    }

    /** Sends a ready JSON body ({@code query}, {@code variables}); {@code label} names it in errors. */
    public JsonNode send(String body, String label) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = JSON.readTree(response.body());
            if (response.statusCode() != 200 || json.hasNonNull("errors")) {
                throw new IllegalStateException(label + " via " + endpoint + " answered "
                        + response.statusCode() + ": " + abbreviate(response.body()));
            }
            return json;
        } catch (IOException e) {
            throw new IllegalStateException(label + " via " + endpoint + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    static String abbreviate(String s) {
        return s.length() > 800 ? s.substring(0, 800) + "…" : s;
    }
}
