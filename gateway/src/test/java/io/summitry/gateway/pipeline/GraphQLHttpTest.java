package io.summitry.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * GraphQL over HTTP as clients get it wrong: each malformed request is answered at once, by a transport status with a
 * JSON body (405, 406, 413, 415) or by a GraphQL response whose every error has a code, never a 500; a well-formed
 * request is answered in the media type the client accepts, and a GraphQL request is run on a worker thread.
 */
@QuarkusTest
class GraphQLHttpTest {

    static final String QUERY = "{\"query\":\"{ countries { code } }\"}";

    @TestHTTPResource("/graphql")
    URI graphql;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A request that is not a GraphQL request, and the status and code it gets. */
    record Case(String name, HttpRequest request, String raw, int status, String code) {

        Case(String name, HttpRequest request, int status, String code) {
            this(name, request, null, status, code);
        }

        /** A request sent as written (method and target; a POST with a GraphQL body): java.net.URI refuses them. */
        static Case raw(String name, String methodAndTarget, int status, String code) {
            return new Case(name, null, methodAndTarget, status, code);
        }
    }

    /** What the gateway answered. */
    record Answer(int status, String contentType, String body) {

        static Answer of(HttpResponse<String> response) {
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        }
    }

    @Test
    void shouldRefuseEveryMalformedRequestWithAStatusAndACodedJsonBodyAtOnce() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Case c : malformed()) {
            // the best of three (the first also loads classes): the machines tests run on are shared
            Answer response = null;
            long millis = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 3; attempt++) {
                long start = System.nanoTime();
                response = send(c);
                millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
            }
            String problem = judge(response, c.status(), c.code());
            if (problem == null && millis >= 100) {
                problem = "took " + millis + " ms";
            }
            if (problem != null) {
                failures.add(c.name() + ": " + problem + " — " + response.status() + " " + response.body());
            }
        }
        assertThat(failures).isEmpty();
        HttpResponse<String> normal = client.send(post("application/json", QUERY.getBytes(StandardCharsets.UTF_8)),
                BodyHandlers.ofString());
        assertThat(new JsonObject(normal.body()).getJsonObject("data").getJsonArray("countries")).isNotEmpty();
    }

    List<Case> malformed() {
        byte[] utf16 = ("\ufeff" + QUERY).getBytes(StandardCharsets.UTF_16BE);
        List<Case> cases = new ArrayList<>(undecodableUrls());
        cases.addAll(List.of(
                new Case("UTF-16 body with a byte-order mark", post("application/json", utf16), 415, "BAD_REQUEST"),
                new Case("JSON with a comment", post("application/json",
                        "{/* a comment */ \"query\":\"{ countries { code } }\"}".getBytes(StandardCharsets.UTF_8)),
                        400, "BAD_REQUEST"),
                new Case("charset=utf-16", post("application/json; charset=utf-16",
                        QUERY.getBytes(StandardCharsets.UTF_16)), 415, "BAD_REQUEST"),
                new Case("charset=nope", post("application/json; charset=nope", QUERY.getBytes(StandardCharsets.UTF_8)),
                        415, "BAD_REQUEST"),
                new Case("the response type as request type", post("application/graphql-response+json",
                        QUERY.getBytes(StandardCharsets.UTF_8)), 415, "BAD_REQUEST"),
                new Case("a form", post("application/x-www-form-urlencoded",
                        "query=%7B%20countries%20%7B%20code%20%7D%20%7D".getBytes(StandardCharsets.UTF_8)), 415,
                        "BAD_REQUEST"),
                new Case("a batched array as text/plain", post("text/plain",
                        ("[" + QUERY + "," + QUERY + "]").getBytes(StandardCharsets.UTF_8)), 415, "BAD_REQUEST"),
                new Case("multipart/form-data", post("multipart/form-data; boundary=xyz",
                        ("--xyz\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n" + QUERY
                                + "\r\n--xyz--\r\n").getBytes(StandardCharsets.UTF_8)), 415, "BAD_REQUEST"),
                new Case("no content type", HttpRequest.newBuilder(graphql)
                        .POST(BodyPublishers.ofString(QUERY)).build(), 415, "BAD_REQUEST"),
                new Case("a batched array as JSON", post("application/json",
                        ("[" + QUERY + "]").getBytes(StandardCharsets.UTF_8)), 400, "BAD_REQUEST"),
                new Case("not UTF-8", post("application/json", new byte[] { '{', '"', 'q', (byte) 0xc3, '"', '}' }),
                        400, "BAD_REQUEST"),
                new Case("GET without a query", HttpRequest.newBuilder(graphql).GET().build(), 200,
                        "BAD_USER_INPUT"),
                new Case("PUT", HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                        .PUT(BodyPublishers.ofString(QUERY)).build(), 405, "BAD_REQUEST"),
                new Case("Accept: text/html", HttpRequest.newBuilder(graphql).header("Accept", "text/html")
                        .header("Content-Type", "application/json").POST(BodyPublishers.ofString(QUERY)).build(),
                        406, "BAD_REQUEST"),
                new Case("a body over the limit", post("application/json",
                        ("{\"query\":\"{ countries { code } }\",\"variables\":{\"pad\":\"" + "x".repeat(300_000)
                                + "\"}}").getBytes(StandardCharsets.UTF_8)), 413, "QUERY_TOO_COMPLEX"),
                new Case("a syntax error, graphql-response+json", HttpRequest.newBuilder(graphql)
                        .header("Accept", "application/graphql-response+json").header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString("{\"query\":\"{ countries {\"}")).build(), 400,
                        "GRAPHQL_PARSE_FAILED"),
                new Case("a syntax error, application/json", post("application/json",
                        "{\"query\":\"{ countries {\"}".getBytes(StandardCharsets.UTF_8)), 200,
                        "GRAPHQL_PARSE_FAILED")));
        return cases;
    }

    /**
     * URLs whose query string cannot be decoded, on GET and on POST (whose URL parameters are not read): malformed
     * escapes, which are not even a URI (Quarkus's own check answers them with an empty 400 unless {@link UriGuard}
     * holds it), and escapes that are not UTF-8.
     */
    static List<Case> undecodableUrls() {
        List<Case> cases = new ArrayList<>();
        for (String method : List.of("GET", "POST")) {
            for (String query : List.of("query=%zz", "query=%7Bcountries%7Bcode%7D%7D%g0", "query=%7Bcountries%7D%",
                    "operationName=%zz&query=%7Bcountries%7Bcode%7D%7D", "query=%C3%28",
                    "query=%7Bcountries%7Bcode%7D%7D%FF", "operationName=%C3%28&query=%7Bcountries%7Bcode%7D%7D")) {
                cases.add(Case.raw(method + " ?" + query, method + " /graphql?" + query, 400, "BAD_REQUEST"));
            }
        }
        return cases;
    }

    @Test
    void shouldNameTheParameterThatCannotBeDecoded() throws Exception {
        for (Case c : undecodableUrls()) {
            Answer answer = send(c);
            String parameter = c.raw().contains("operationName=%") ? "operationName" : "query";
            assertThat(judge(answer, 400, "BAD_REQUEST")).as(c.name() + ": " + answer.body()).isNull();
            assertThat(new JsonObject(answer.body()).getJsonArray("errors").getJsonObject(0).getString("message"))
                    .as(c.name()).contains("'" + parameter + "' parameter");
        }
        // a well-formed escape is decoded once: '%25' is a '%' in the query, here in a comment
        Answer ok = send(Case.raw("GET", "GET /graphql?query=%7Bcountries%7Bcode%7D%7D%23%2025%25", 200, null));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(new JsonObject(ok.body()).getJsonObject("data").getJsonArray("countries")).isNotEmpty();
    }

    @Test
    void shouldStillRefuseAUriThatIsNotAUriOnEveryOtherPath() throws Exception {
        for (String target : List.of("/q/health?x=%zz", "/assets/%zz.js", "/graphql%zz")) {
            Answer answer = raw("GET " + target);
            assertThat(answer.status()).as(target + ": " + answer.body()).isEqualTo(400);
        }
        Answer ok = raw("GET /graphql?query=%7Bcountries%7Bcode%7D%7D");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    }

    @Test
    void shouldAnswerInTheMediaTypeTheClientAccepts() throws Exception {
        HttpResponse<String> preferred = client.send(HttpRequest.newBuilder(graphql)
                .header("Accept", "application/graphql-response+json, application/json;q=0.9")
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(QUERY)).build(),
                BodyHandlers.ofString());
        assertThat(preferred.statusCode()).isEqualTo(200);
        assertThat(preferred.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/graphql-response+json"));
        HttpResponse<String> legacy = client.send(post("application/json", QUERY.getBytes(StandardCharsets.UTF_8)),
                BodyHandlers.ofString());
        assertThat(legacy.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void shouldAnswerAContentTypeThatABrowserRepeated() throws Exception {
        // GraphiQL's fetcher sets the header in two spellings; the browser sends them joined with a comma
        HttpResponse<String> repeated = client.send(post("application/json, application/json",
                QUERY.getBytes(StandardCharsets.UTF_8)), BodyHandlers.ofString());
        assertThat(repeated.statusCode()).as(repeated.body()).isEqualTo(200);
        assertThat(new JsonObject(repeated.body()).getJsonObject("data").getJsonArray("countries")).isNotEmpty();
        HttpResponse<String> mixed = client.send(post("application/json, text/plain",
                QUERY.getBytes(StandardCharsets.UTF_8)), BodyHandlers.ofString());
        assertThat(mixed.statusCode()).as(mixed.body()).isEqualTo(415);
        assertThat(mixed.body()).contains("BAD_REQUEST");
    }

    @Test
    void shouldRunAGetQueryWithItsOperationNameAsSent() throws Exception {
        String query = "query A { countries { code } } # 50% + more\nquery B { allSeries { slug } }";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(graphql + "?query="
                + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8) + "&operationName=A")).GET().build(),
                BodyHandlers.ofString());
        JsonObject answer = new JsonObject(response.body());
        assertThat(answer.getJsonArray("errors")).as(response.body()).isNull();
        assertThat(answer.getJsonObject("data").getJsonArray("countries")).isNotEmpty();
    }

    @Test
    void shouldStartEveryGraphQLRequestOnAWorkerThread() throws Exception {
        ExecutionThreads.seen.clear();
        client.send(post("application/json", QUERY.getBytes(StandardCharsets.UTF_8)), BodyHandlers.ofString());
        client.send(HttpRequest.newBuilder(URI.create(graphql + "?query=%7Bcountries%7Bcode%7D%7D")).GET().build(),
                BodyHandlers.ofString());
        assertThat(ExecutionThreads.seen).hasSizeGreaterThanOrEqualTo(2).allSatisfy(
                thread -> assertThat(thread).as("a thread that parsed, measured and started a request")
                        .doesNotContain("eventloop"));
    }

    private Answer send(Case c) throws IOException, InterruptedException {
        return c.request() == null ? raw(c.raw()) : Answer.of(client.send(c.request(), BodyHandlers.ofString()));
    }

    /** A request of this method and target exactly as written, over a plain socket; a POST carries {@link #QUERY}. */
    private Answer raw(String methodAndTarget) throws IOException {
        String body = methodAndTarget.startsWith("POST ") ? QUERY : "";
        String headers = body.isEmpty() ? "" : "Content-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\n";
        try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write((methodAndTarget + " HTTP/1.1\r\nHost: " + graphql.getHost() + "\r\n"
                    + headers + "Connection: close\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = response.indexOf("\r\n\r\n");
            String head = response.substring(0, headersEnd);
            String contentType = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring("content-type:".length()).trim()).findFirst().orElse("");
            return new Answer(Integer.parseInt(head.split(" ")[1]), contentType, response.substring(headersEnd + 4));
        }
    }

    private HttpRequest post(String contentType, byte[] body) {
        return HttpRequest.newBuilder(graphql).header("Content-Type", contentType)
                .POST(BodyPublishers.ofByteArray(body)).build();
    }

    /** What is wrong with the answer, or null. */
    private static String judge(Answer response, int status, String code) {
        if (response.status() != status) {
            return "status " + response.status() + ", expected " + status;
        }
        if (!response.contentType().contains("json")) {
            return "not JSON: " + response.contentType();
        }
        JsonArray errors;
        try {
            errors = new JsonObject(response.body()).getJsonArray("errors");
        } catch (RuntimeException notJson) {
            return "body is not a JSON object";
        }
        if (errors == null || errors.isEmpty()) {
            return "no errors";
        }
        for (Object error : errors) {
            Object actual = ((JsonObject) error).getJsonObject("extensions", new JsonObject()).getValue("code");
            if (!code.equals(actual)) {
                return "code " + actual + ", expected " + code;
            }
        }
        return null;
    }

}
