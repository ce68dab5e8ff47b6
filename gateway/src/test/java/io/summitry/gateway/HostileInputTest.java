package io.summitry.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A corpus of malformed and hostile requests: broken syntax, wrong variable types, huge strings, deep nesting, alias
 * floods, unicode and control characters, SQL-like filter text, garbage cursors, invalid EDTF, negative and huge
 * page sizes, batched arrays; fragment fan-outs, repeated directives and introspection, bodies that are not UTF-8 JSON.
 * Repeated directives and introspection are answered with the code each one is (over a limit, or invalid).
 * None may answer 5xx or INTERNAL, show a stack trace or a Java class name, or leave an error without a code; the
 * documents that used to stall the gateway are answered within 100 ms each, and a normal query at once after each;
 * the gateway is healthy afterwards.
 */
@QuarkusTest
class HostileInputTest {

    static final Pattern LEAK = Pattern.compile("Exception|\\bat [a-z]+\\.[a-z]|java\\.|javax\\.|jakarta\\."
            + "|io\\.summitry|io\\.smallrye|io\\.quarkus|io\\.vertx|org\\.hibernate|graphql\\.[a-z]+\\.[A-Z]"
            + "|Caused by|NullPointer|ClassCast");

    /** One hostile request. */
    record Attack(String kind, String method, String contentType, String body, Map<String, String> params,
            boolean editor, byte[] bytes) {

        Attack(String kind, String method, String contentType, String body, Map<String, String> params,
                boolean editor) {
            this(kind, method, contentType, body, params, editor, null);
        }
    }

    @Test
    void shouldAnswerEveryHostileRequestWithACodedErrorAndStayHealthy() {
        Fixture.load();
        List<Attack> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Attack attack : corpus) {
            ExtractableResponse<Response> response = send(attack);
            String body = response.asString();
            String outcome = judge(response, body);
            if (outcome.startsWith("FAIL")) {
                failures.add(attack.kind() + " -> " + outcome + ": "
                        + body.substring(0, Math.min(300, body.length())));
            }
            outcomes.merge(response.statusCode() + " " + outcome, 1, Integer::sum);
        }
        // the requests that used to stall the gateway: each answered at once, and a normal query right after it
        for (Attack attack : stalling()) {
            long millis = Long.MAX_VALUE;
            ExtractableResponse<Response> response = null;
            for (int attempt = 0; attempt < 3; attempt++) { // the best of three: test machines are shared
                long start = System.nanoTime();
                response = send(attack);
                millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
            }
            String outcome = judge(response, response.asString());
            if (outcome.startsWith("FAIL") || millis >= 100) {
                failures.add(attack.kind() + " -> " + outcome + " in " + millis + " ms");
            }
            long start = System.nanoTime();
            List<Object> countries = GraphQL.ok("{ countries { code } }").getList("data.countries");
            long after = (System.nanoTime() - start) / 1_000_000;
            if (countries.isEmpty() || after >= 1000) {
                failures.add(attack.kind() + " -> the next normal query took " + after + " ms");
            }
            outcomes.merge(response.statusCode() + " " + outcome, 1, Integer::sum);
        }
        System.out.printf("Hostile corpus: %d requests, outcomes %s%n", corpus.size(), outcomes);
        assertThat(failures).isEmpty();
        given().when().get("/q/health/ready").then().statusCode(200);
        assertThat(GraphQL.ok("{ countries { code } }").getList("data.countries")).isNotEmpty();
    }

    /** A document that repeats directives or introspection, and the code it must be answered with. */
    record Repeated(String kind, String query, String code) {
    }

    @Test
    void shouldRefuseRepeatedDirectivesAndIntrospectionWithTheirCodeAtOnce() {
        List<String> failures = new ArrayList<>();
        for (Repeated repeated : repeated()) {
            Attack attack = post(repeated.kind(), repeated.query(), Map.of());
            long millis = Long.MAX_VALUE;
            ExtractableResponse<Response> response = null;
            for (int attempt = 0; attempt < 3; attempt++) { // the best of three: test machines are shared
                long start = System.nanoTime();
                response = send(attack);
                millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
            }
            String outcome = judge(response, response.asString());
            if (!outcome.equals(repeated.code()) || millis >= 100) {
                failures.add(repeated.kind() + " -> " + outcome + " in " + millis + " ms, expected " + repeated.code()
                        + ": " + response.asString().substring(0, Math.min(300, response.asString().length())));
            }
            long start = System.nanoTime();
            List<Object> countries = GraphQL.ok("{ countries { code } }").getList("data.countries");
            long after = (System.nanoTime() - start) / 1_000_000;
            if (countries.isEmpty() || after >= 1000) {
                failures.add(repeated.kind() + " -> the next normal query took " + after + " ms");
            }
        }
        assertThat(failures).isEmpty();
    }

    /** JSON nested {@code depth} levels: arrays inside arrays around nothing. */
    static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** A request nesting its JSON too deep, and where the refusal must say it is. */
    record TooDeep(Attack attack, String where) {
    }

    static List<TooDeep> tooDeep() {
        String query = "\"query\":\"{ __typename }\"";
        List<TooDeep> cases = new ArrayList<>();
        for (int depth : new int[] { 63, 1_000, 20_000 }) { // 63 inside 'variables' is 65 from the body's top
            cases.add(new TooDeep(raw("variables nested " + depth, "{" + query + ",\"variables\":{\"a\":"
                    + nested(depth) + "}}"), "The body nests JSON deeper than 64 levels (in 'variables')"));
        }
        cases.add(new TooDeep(raw("extensions nested 20000", "{" + query + ",\"extensions\":{\"x\":" + nested(20_000)
                + "}}"), "The body nests JSON deeper than 64 levels (in 'extensions')"));
        cases.add(new TooDeep(raw("an unknown member nested 20000", "{" + query + ",\"pad\":" + nested(20_000) + "}"),
                "The body nests JSON deeper than 64 levels (in 'pad')"));
        cases.add(new TooDeep(raw("a body nested 20000", nested(20_000)), "The body nests JSON deeper than 64 levels,"));
        cases.add(new TooDeep(raw("objects nested 20000", "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)),
                "The body nests JSON deeper than 64 levels (in 'a')"));
        // a GET's URL is at most 4 KB: up to ~680 levels percent-encoded
        cases.add(new TooDeep(get("GET variables nested 500", Map.of("query", "{ __typename }", "variables",
                "{\"a\":" + nested(500) + "}")), "The 'variables' parameter nests JSON deeper than 64 levels (in 'a')"));
        cases.add(new TooDeep(get("GET extensions nested 500", Map.of("query", "{ __typename }", "extensions",
                nested(500))), "The 'extensions' parameter nests JSON deeper than 64 levels,"));
        return cases;
    }

    @Test
    void shouldRefuseJsonNestedTooDeepAnywhereInARequestWithBadRequestAtOnce() {
        List<String> failures = new ArrayList<>();
        for (TooDeep tooDeep : tooDeep()) {
            long millis = Long.MAX_VALUE;
            ExtractableResponse<Response> response = null;
            for (int attempt = 0; attempt < 3; attempt++) { // the best of three: test machines are shared
                long start = System.nanoTime();
                response = send(tooDeep.attack());
                millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
            }
            String body = response.asString();
            String message = response.statusCode() == 400 && judge(response, body).equals("BAD_REQUEST")
                    ? response.jsonPath().getString("errors[0].message") : null;
            if (message == null || !message.contains(tooDeep.where())
                    || !message.contains("the limit (summitry.limits.max-json-depth)") || millis >= 100) {
                failures.add(tooDeep.attack().kind() + " -> " + response.statusCode() + " in " + millis + " ms: "
                        + body.substring(0, Math.min(300, body.length())));
            }
        }
        // within the limit, and brackets inside strings, are not nesting: those run
        String query = "\"query\":\"query($a: String! = \\\"\\\") { __typename t: __type(name: $a) { name } }\"";
        for (Attack within : List.of(raw("64 levels from the body's top", "{" + query + ",\"variables\":{\"b\":" + nested(62)
                + "}}"), raw("brackets in a string", "{" + query + ",\"variables\":{\"a\":\"" + "[{".repeat(5_000)
                        + "\\\"\"}}"), get("GET variables at 64 levels", Map.of("query", "{ __typename }", "variables",
                                "{\"a\":" + nested(62) + "}")))) {
            ExtractableResponse<Response> response = send(within);
            if (response.statusCode() != 200 || !"Query".equals(response.jsonPath().getString("data.__typename"))) {
                failures.add(within.kind() + " -> " + response.statusCode() + ": " + response.asString());
            }
        }
        assertThat(failures).isEmpty();
    }

    static List<Repeated> repeated() {
        String person = "{ people(first: 1) { edges { node { id%s } } } }";
        List<Repeated> cases = new ArrayList<>();
        for (int times : new int[] { 51, 700, 1000 }) {
            cases.add(new Repeated("@include repeated " + times + " times on one field",
                    person.formatted(" @include(if: true)".repeat(times)), "QUERY_TOO_COMPLEX"));
        }
        // within the document size limit (10000 @include are 190 KB, refused by size like any such body)
        cases.add(new Repeated("@include repeated 1700 times, compact",
                person.formatted("@include(if:true)".repeat(1700)), "QUERY_TOO_COMPLEX"));
        cases.add(new Repeated("an unknown directive 10000 times", person.formatted("@a".repeat(10_000)),
                "QUERY_TOO_COMPLEX"));
        cases.add(new Repeated("@skip repeated 1000 times, compact", person.formatted("@skip(if:false)".repeat(1000)),
                "QUERY_TOO_COMPLEX"));
        cases.add(new Repeated("@include on 600 fields", "{ countries { " + "code @include(if: true) ".repeat(600)
                + "} }", "QUERY_TOO_COMPLEX"));
        cases.add(new Repeated("@include on 60 fragments", "{ countries { "
                + "... on Country @include(if: true) { code } ".repeat(60) + "} }", "QUERY_TOO_COMPLEX"));
        StringBuilder unknown = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            unknown.append(" @u").append(i);
        }
        cases.add(new Repeated("1000 different unknown directives", person.formatted(unknown), "QUERY_TOO_COMPLEX"));
        cases.add(new Repeated("an unknown directive 2400 times", person.formatted(" @a".repeat(2400)),
                "QUERY_TOO_COMPLEX"));
        // within the limit, each is the validation error it is
        cases.add(new Repeated("@include twice on one field", person.formatted(" @include(if: true)".repeat(2)),
                "GRAPHQL_VALIDATION_FAILED"));
        cases.add(new Repeated("@skip 50 times on one field", person.formatted(" @skip(if: false)".repeat(50)),
                "GRAPHQL_VALIDATION_FAILED"));
        cases.add(new Repeated("an unknown directive 50 times", person.formatted(" @a".repeat(50)),
                "GRAPHQL_VALIDATION_FAILED"));
        cases.add(new Repeated("__schema 500 times", "{ " + "__schema { types { name } } ".repeat(500) + "}",
                "QUERY_TOO_COMPLEX"));
        cases.add(new Repeated("__type 300 times", "{ " + "__type(name: \"Meeting\") { name } ".repeat(300) + "}",
                "QUERY_TOO_COMPLEX"));
        StringBuilder types = new StringBuilder("{");
        for (int i = 0; i < 45; i++) {
            types.append(" t").append(i).append(": __type(name: \"Meeting\") { name fields { name } }");
        }
        cases.add(new Repeated("__type aliased 45 times", types.append(" }").toString(), "QUERY_TOO_COMPLEX"));
        StringBuilder schemas = new StringBuilder("{");
        for (int i = 0; i < 15; i++) {
            schemas.append(" s").append(i).append(": __schema { types { fields { name } } }");
        }
        cases.add(new Repeated("__schema aliased 15 times", schemas.append(" }").toString(), "QUERY_TOO_COMPLEX"));
        return cases;
    }

    private static String judge(ExtractableResponse<Response> response, String body) {
        if (response.statusCode() >= 500) {
            return "FAIL status " + response.statusCode();
        }
        if (LEAK.matcher(body).find()) {
            return "FAIL leak";
        }
        List<Map<String, Object>> errors;
        try {
            errors = response.jsonPath().getList("errors");
        } catch (RuntimeException notJson) {
            return "FAIL not json";
        }
        if (errors == null || errors.isEmpty()) {
            return response.statusCode() == 200 ? "data" : "FAIL uncoded " + response.statusCode();
        }
        StringBuilder codes = new StringBuilder();
        for (Map<String, Object> error : errors) {
            Object extensions = error.get("extensions");
            Object code = extensions instanceof Map<?, ?> map ? map.get("code") : null;
            if (code == null) {
                return "FAIL no code";
            }
            if ("INTERNAL".equals(code)) {
                return "FAIL INTERNAL";
            }
            if (codes.indexOf(code.toString()) < 0) {
                codes.append(codes.isEmpty() ? "" : ",").append(code);
            }
        }
        return codes.toString();
    }

    private static ExtractableResponse<Response> send(Attack attack) {
        RequestSpecification request = given().urlEncodingEnabled(true);
        if (attack.editor()) {
            request = request.header("Authorization", "Bearer " + Tokens.editor());
        }
        if (attack.method().equals("GET")) {
            return request.queryParams(attack.params()).when().get("/graphql").then().extract();
        }
        if (attack.bytes() != null) {
            return sendExactly(attack);
        }
        request = request.contentType(attack.contentType() + "; charset=UTF-8")
                .body(attack.body().getBytes(StandardCharsets.UTF_8));
        return request.when().post("/graphql").then().extract();
    }

    /**
     * Sends the attack's bytes exactly as given (REST Assured adds a charset, re-encodes, and cannot send bytes as a
     * form); only the status and body of the answer are read.
     */
    private static ExtractableResponse<Response> sendExactly(Attack attack) {
        try {
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                            + io.restassured.RestAssured.port + "/graphql"))
                            .header("Content-Type", attack.contentType())
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(attack.bytes())).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            // hand the answer to REST Assured's parsing by replaying it as a canned response
            return new io.restassured.builder.ResponseBuilder().setStatusCode(answer.statusCode())
                    .setContentType(answer.headers().firstValue("Content-Type").orElse("application/octet-stream"))
                    .setBody(answer.body()).build().then().extract();
        } catch (java.io.IOException | InterruptedException failed) {
            throw new IllegalStateException("Could not send " + attack.kind(), failed);
        }
    }

    static List<Attack> corpus() {
        List<Attack> corpus = new ArrayList<>();
        brokenSyntax(corpus);
        wrongVariableTypes(corpus);
        hugeStrings(corpus);
        deepNesting(corpus);
        aliasFloods(corpus);
        unicodeAndControl(corpus);
        sqlLikeText(corpus);
        garbageCursors(corpus);
        invalidEdtf(corpus);
        pageSizes(corpus);
        batchedArrays(corpus);
        oddRequests(corpus);
        return corpus;
    }

    private static void brokenSyntax(List<Attack> corpus) {
        for (String query : List.of("{", "}", "{ meetings { ", "query {", "mutation", "{ meetings(first: ) { id } }",
                "{ meetings(first: 1 { totalCount } }", "{ person(id: \"abc) { id } }", "{{{{{{", "}}}}",
                "query q($x: ) { countries { code } }", "{ countries { code } } }", "fragment on on on",
                "{ ...Missing }", "query { countries { ... on { code } } }", "{ countries(code: ) }", "!!!!", "",
                "   ", "{ countries { code @ } }", "{ countries { code } } fragment F on Country { code }",
                "{ meetings(filter: {text: }) { totalCount } }", "subscription { countries { code } }",
                "{ countries { code }", "query A { countries { code } } query A { countries { name } }",
                "{ __typename(arg: 1) }", "{ countries { code(name: \"x\") } }", "query ($a: Int = \"x\") { countries { code } }",
                "{ meetings(orderBy: SIDEWAYS) { totalCount } }", "{ meetings(first: 1.5) { totalCount } }")) {
            corpus.add(post("syntax", query, Map.of()));
        }
    }

    private static void wrongVariableTypes(List<Attack> corpus) {
        String byFirst = "query($n: Int) { meetings(first: $n) { totalCount } }";
        for (Object value : List.of("abc", true, 1.5, List.of(1), Map.of("a", 1), "99999999999999999999", -0.0,
                Double.MAX_VALUE)) {
            corpus.add(post("variable type", byFirst, Map.of("n", value)));
        }
        String byId = "query($id: ID!) { meeting(id: $id) { title } }";
        for (Object value : List.of(12, Map.of(), List.of(), "", "Meeting:", "%%%", "TWVldGluZzpub3QtYS11dWlk",
                Base64.getEncoder().encodeToString("Person:00000000-0000-0000-0000-000000000000".getBytes()))) {
            corpus.add(post("variable type", byId, Map.of("id", value)));
        }
        String byFilter = "query($f: MeetingFilter) { meetings(filter: $f) { totalCount } }";
        for (Object value : List.of("string", Map.of("kinds", List.of("NOPE")), Map.of("from", "2024-13-01"),
                Map.of("from", 5), Map.of("countryCodes", "KR"), Map.of("participantIds", List.of("x")),
                Map.of("unknownField", 1), Map.of("to", "yesterday"), Map.of("statuses", List.of(1, 2)))) {
            corpus.add(post("variable type", byFilter, Map.of("f", value)));
        }
        corpus.add(raw("variables not an object", "{\"query\":\"{ countries { code } }\",\"variables\":\"nope\"}"));
        corpus.add(raw("variables an array", "{\"query\":\"{ countries { code } }\",\"variables\":[1,2]}"));
        corpus.add(raw("query a number", "{\"query\": 42}"));
        corpus.add(raw("query an object", "{\"query\": {\"a\": 1}}"));
        corpus.add(raw("operationName a number", "{\"query\":\"{ countries { code } }\",\"operationName\":7}"));
        corpus.add(post("missing variable", "query($id: ID!) { meeting(id: $id) { title } }", Map.of()));
    }

    private static void hugeStrings(List<Attack> corpus) {
        String filter = "query($t: String) { meetings(filter: {text: $t}) { totalCount } }";
        for (int size : new int[] { 10_000, 100_000, 200_000 }) {
            corpus.add(post("huge string", filter, Map.of("t", "a".repeat(size))));
            corpus.add(post("huge string", "query($t: String) { people(filter: {text: $t}) { totalCount } }",
                    Map.of("t", "가".repeat(size / 3))));
        }
        corpus.add(post("huge body", "{ countries { code } }", Map.of("pad", "x".repeat(400_000))));
        corpus.add(post("huge literal", "{ meetings(filter: {text: \"" + "b".repeat(50_000) + "\"}) { totalCount } }",
                Map.of()));
        corpus.add(post("huge name", "{ " + "c".repeat(100_000) + " }", Map.of()));
        corpus.add(post("huge mutation", "mutation($n: String!) { createPerson(input: {name: $n}) { id } }",
                Map.of("n", "N".repeat(150_000)), true));
    }

    private static void deepNesting(List<Attack> corpus) {
        for (int depth : new int[] { 20, 50, 200, 1000, 3000 }) {
            corpus.add(post("deep selection", "{ meetings { edges { node { " + "partOf { ".repeat(depth) + "id"
                    + " }".repeat(depth) + " } } } }", Map.of()));
            corpus.add(post("deep list literal", "{ meetings(filter: {kinds: " + "[".repeat(depth) + "TALKS"
                    + "]".repeat(depth) + "}) { totalCount } }", Map.of()));
        }
        Object nested = "x";
        for (int i = 0; i < 500; i++) {
            nested = Map.of("a", nested);
        }
        corpus.add(post("deep variable", "query($f: MeetingFilter) { meetings(filter: $f) { totalCount } }",
                Map.of("f", nested)));
        corpus.add(post("deep introspection", "{ __schema { types { fields { type { " + "ofType { ".repeat(30)
                + "name" + " }".repeat(30) + " } } } } }", Map.of()));
        corpus.add(post("fragment cycle", "{ countries { ...A } } fragment A on Country { ...B } "
                + "fragment B on Country { ...A }", Map.of()));
        StringBuilder laughs = new StringBuilder("{ meetings(first: 100) { ...F0 } } ");
        for (int i = 0; i < 12; i++) {
            laughs.append("fragment F").append(i).append(" on MeetingConnection { edges { node { id } } ...F")
                    .append(i + 1).append(" ...F").append(i + 1).append(" } ");
        }
        laughs.append("fragment F12 on MeetingConnection { totalCount }");
        corpus.add(post("fragment explosion", laughs.toString(), Map.of()));
    }

    private static void aliasFloods(List<Attack> corpus) {
        for (int count : new int[] { 51, 100, 1000, 5000 }) {
            StringBuilder query = new StringBuilder("{ ");
            for (int i = 0; i < count; i++) {
                query.append("a").append(i).append(": meetings(first: 100) { totalCount } ");
            }
            corpus.add(post("alias flood", query.append("}").toString(), Map.of()));
        }
        StringBuilder nested = new StringBuilder("{ countries { ");
        for (int i = 0; i < 2000; i++) {
            nested.append("n").append(i).append(": name ");
        }
        corpus.add(post("alias flood", nested.append("} }").toString(), Map.of()));
        StringBuilder mutations = new StringBuilder("mutation { ");
        for (int i = 0; i < 100; i++) {
            mutations.append("m").append(i).append(": createSeries(input: {slug: \"flood-").append(i)
                    .append("\", name: \"Flood\"}) { slug } ");
        }
        corpus.add(post("mutation flood", mutations.append("}").toString(), Map.of(), true));
    }

    private static void unicodeAndControl(List<Attack> corpus) {
        String filter = "query($t: String) { meetings(filter: {text: $t}) { totalCount } }";
        for (String text : List.of("\u0000", "\u0000\u0001\u0002\u001f", "\u202eevil", "\ud83d\ude00\ud83d\ude00",
                "\ufeffbom", "zero\u200bwidth", "\r\n\r\n", "\\u0000", "e\u0301", "𝕊𝕦𝕞𝕞𝕚𝕥", "ﷺ", "\u0085\u2028\u2029",
                "한국 日本 USA", "'\"`", "\t\t\t", "%00", "\u00ad", "\uffff", "\ud800")) {
            corpus.add(post("unicode", filter, Map.of("t", text)));
        }
        corpus.add(post("control in query", "{ countries\u0000 { code } }", Map.of()));
        corpus.add(post("control in query", "{ countries { code\u0007 } }", Map.of()));
        corpus.add(post("unicode field", "{ countr\u0456es { code } }", Map.of()));
        corpus.add(post("zero-width field", "{ coun\u200btries { code } }", Map.of()));
        corpus.add(raw("invalid utf-8 escape", "{\"query\":\"{ countries { code } }\",\"x\":\"\\ud800\"}"));
        corpus.add(raw("bom", "\ufeff{\"query\":\"{ countries { code } }\"}"));
        corpus.add(post("unicode mutation", "mutation($n: String!) { createPerson(input: {name: $n}) { id } }",
                Map.of("n", "\u0000\u202e"), true));
    }

    private static void sqlLikeText(List<Attack> corpus) {
        List<String> texts = List.of("' OR 1=1 --", "'; DROP TABLE meeting; --", "%", "_", "\\", "%%%%",
                "a' UNION SELECT password FROM pg_shadow --", "1); DELETE FROM person; --", "$$", "E'\\x00'",
                "' || pg_sleep(10) || '", "*", "(", ":*", "!", "&|!", "<->", "select", "--", "/* */");
        for (String text : texts) {
            corpus.add(post("sql-like", "query($t: String) { meetings(filter: {text: $t}) { totalCount } }",
                    Map.of("t", text)));
        }
        for (String text : texts.subList(0, 8)) {
            corpus.add(post("sql-like", "query($t: String) { people(filter: {text: $t}) { totalCount } }",
                    Map.of("t", text)));
            corpus.add(post("sql-like", "query($t: String) { organizations(filter: {text: $t}) { totalCount } }",
                    Map.of("t", text)));
            corpus.add(post("sql-like", "query($s: String!) { series(slug: $s) { name } }", Map.of("s", text)));
            corpus.add(post("sql-like", "query($c: [String!]) { meetings(filter: {countryCodes: $c}) { totalCount } }",
                    Map.of("c", List.of(text))));
        }
    }

    private static void garbageCursors(List<Attack> corpus) {
        List<String> cursors = List.of("", "abc", "!!!", "====", "null", "a".repeat(5000),
                Base64.getUrlEncoder().encodeToString("garbage".getBytes()),
                Base64.getUrlEncoder().encodeToString("{\"id\":\"x\"}".getBytes()),
                Base64.getUrlEncoder().encodeToString("2024-01-01|not-a-uuid".getBytes()), "한국", "\u0000",
                "../../etc/passwd");
        for (String cursor : cursors) {
            corpus.add(post("cursor", "query($c: String) { meetings(after: $c) { totalCount } }", Map.of("c", cursor)));
            corpus.add(post("cursor", "query($c: String) { people(after: $c) { totalCount } }", Map.of("c", cursor)));
        }
        corpus.add(post("cursor", "query($c: String) { organizations(after: $c) { totalCount } }",
                Map.of("c", "zzz")));
        corpus.add(post("cursor", "query($id: ID!, $c: String) { person(id: $id) { meetings(after: $c) { totalCount } } }",
                Map.of("id", Fixture.ratner, "c", "zzz")));
    }

    private static void invalidEdtf(List<Attack> corpus) {
        String create = """
                mutation($d: String!) { createMeeting(input: {title: "Hostile date", kind: TALKS, status: PLANNED,
                  date: {edtf: $d}}) { id } }""";
        for (String edtf : List.of("2024-13", "not a date", "2024-02-30", "", "../..", "2024-99", "99999999999",
                "2024-21-", "2024-01-01T25:00", "20X4", "2024/2023", "2024-00", "-0", "2024~~", "2024??%",
                "0000-00-00", "2024-1-1", "[2024,", "{2024}", "2024-12-32")) {
            corpus.add(post("edtf", create, Map.of("d", edtf), true));
        }
        for (String date : List.of("2024-13-45", "yesterday", "2024-02-30", "", "1e10")) {
            corpus.add(post("date filter", "query($d: Date) { meetings(filter: {from: $d}) { totalCount } }",
                    Map.of("d", date)));
        }
    }

    private static void pageSizes(List<Attack> corpus) {
        for (String first : List.of("-1", "-2147483648", "101", "2147483647", "2147483648", "1000000", "0",
                "99999999999999999999")) {
            corpus.add(post("first", "{ meetings(first: " + first + ") { totalCount } }", Map.of()));
            corpus.add(post("first", "{ people(first: " + first + ") { totalCount } }", Map.of()));
        }
        for (Object first : List.of(-5, 101, 100_000, Integer.MAX_VALUE, Long.MAX_VALUE)) {
            corpus.add(post("first variable", "query($n: Int) { organizations(first: $n) { totalCount } }",
                    Map.of("n", first)));
        }
        corpus.add(post("first nested", "query($id: ID!) { person(id: $id) { meetings(first: -3) { totalCount } } }",
                Map.of("id", Fixture.ratner)));
    }

    private static void batchedArrays(List<Attack> corpus) {
        corpus.add(raw("batch", "[{\"query\":\"{ countries { code } }\"},{\"query\":\"{ allSeries { slug } }\"}]"));
        corpus.add(raw("batch", "[]"));
        corpus.add(raw("batch", "[1,2,3]"));
        corpus.add(raw("batch", "[[[[[]]]]]"));
        corpus.add(raw("batch", "[" + "{\"query\":\"{ countries { code } }\"},".repeat(200)
                + "{\"query\":\"{ countries { code } }\"}]"));
        corpus.add(raw("batch", "[{\"query\":\"mutation { createSeries(input: {slug: \\\"b\\\", name: \\\"B\\\"}) "
                + "{ slug } }\"}]"));
        corpus.add(raw("batch", "[null]"));
        corpus.add(raw("batch", "null"));
        corpus.add(raw("batch", "\"{ countries { code } }\""));
        corpus.add(raw("batch", "42"));
    }

    private static void oddRequests(List<Attack> corpus) {
        corpus.add(raw("empty body", ""));
        corpus.add(raw("not json", "{ countries { code } }"));
        corpus.add(raw("truncated json", "{\"query\": \"{ countries"));
        corpus.add(raw("duplicate keys", "{\"query\":\"{ countries { code } }\",\"query\":\"{ nope }\"}"));
        corpus.add(raw("trailing garbage", "{\"query\":\"{ countries { code } }\"} garbage"));
        corpus.add(raw("operation not in document",
                "{\"query\":\"query A { countries { code } }\",\"operationName\":\"B\"}"));
        corpus.add(raw("two operations, no name",
                "{\"query\":\"query A { countries { code } } query B { allSeries { slug } }\"}"));
        corpus.add(get("GET without query", Map.of()));
        corpus.add(get("GET with bad variables", Map.of("query", "{ countries { code } }", "variables", "{nope")));
        corpus.add(get("GET mutation", Map.of("query", "mutation { createSeries(input: {slug: \"g\", name: \"G\"}) "
                + "{ slug } }")));
        corpus.add(get("GET bad extensions", Map.of("extensions", "{bad")));
        corpus.add(get("GET syntax", Map.of("query", "{")));
        corpus.add(post("unknown directive", "{ countries @evil { code } }", Map.of()));
        corpus.add(post("skip wrong type", "{ countries @skip(if: \"yes\") { code } }", Map.of()));
        corpus.add(post("unknown type condition", "{ countries { ... on Nope { code } } }", Map.of()));
        corpus.add(post("node garbage", "{ node(id: \"\u0000\u0000\") { id } }", Map.of()));
        corpus.add(post("anonymous mutation", "mutation { deleteMeeting(id: \"x\", expectedVersion: 0) }", Map.of()));
        corpus.add(post("stale delete", "mutation($id: ID!) { deleteMeeting(id: $id, expectedVersion: 999) }",
                Map.of("id", Fixture.dtt15), true));
        corpus.add(post("negative version", "mutation($id: ID!) { deletePerson(id: $id, expectedVersion: -1) }",
                Map.of("id", Fixture.ratner), true));
        corpus.add(post("wrong id type", "mutation($id: ID!) { deletePerson(id: $id, expectedVersion: 0) }",
                Map.of("id", Fixture.dtt15), true));
    }

    /**
     * Documents that expand enormously or repeat work (fragment fan-outs, repeated directives and introspection) and
     * requests that are not GraphQL over HTTP: each must be answered within 100 ms.
     */
    static List<Attack> stalling() {
        List<Attack> attacks = new ArrayList<>();
        attacks.add(post("fan-out width 2 to depth 40", fanOut("Query", "countries { code }", 2, 40), Map.of()));
        attacks.add(post("fan-out width 10 to depth 8", fanOut("Query", "countries { code }", 10, 8), Map.of()));
        attacks.add(post("fan-out of scalars, width 10 to depth 8", fanOut("Country", "code", 10, 8)
                .replaceFirst("\\{ \\.\\.\\.F8 \\}", "{ countries { ...F8 } }"), Map.of()));
        attacks.add(post("a directive repeated 4000 times", "{ countries " + "@skip(if: false) ".repeat(4000)
                + "{ code } }", Map.of()));
        attacks.add(post("an unknown directive repeated 2400 times", "{ countries " + "@a ".repeat(2400)
                + "{ code } }", Map.of()));
        attacks.add(post("introspection repeated", "{ a: __schema { types { name } } b: __schema { types { name } } }",
                Map.of()));
        StringBuilder types = new StringBuilder("{");
        for (int i = 0; i < 20; i++) {
            types.append(" t").append(i).append(": __type(name: \"Meeting\") { name fields { name } }");
        }
        attacks.add(post("__type repeated 20 times", types.append(" }").toString(), Map.of()));
        String query = "{\"query\":\"{ countries { code } }\"}";
        attacks.add(bytes("UTF-16 body with a byte-order mark", "application/json",
                ("\ufeff" + query).getBytes(StandardCharsets.UTF_16BE)));
        attacks.add(bytes("JSON with a comment", "application/json",
                "{/* a comment */ \"query\": \"{ countries { code } }\"}".getBytes(StandardCharsets.UTF_8)));
        attacks.add(bytes("charset=utf-16", "application/json; charset=utf-16", query.getBytes(StandardCharsets.UTF_16)));
        attacks.add(bytes("charset=nope", "application/json; charset=nope", query.getBytes(StandardCharsets.UTF_8)));
        attacks.add(bytes("graphql-response+json as request type", "application/graphql-response+json",
                query.getBytes(StandardCharsets.UTF_8)));
        attacks.add(bytes("x-www-form-urlencoded", "application/x-www-form-urlencoded",
                "query=%7B%20countries%20%7B%20code%20%7D%20%7D".getBytes(StandardCharsets.UTF_8)));
        attacks.add(bytes("batched array as text/plain", "text/plain",
                ("[" + query + "," + query + "]").getBytes(StandardCharsets.UTF_8)));
        attacks.add(bytes("multipart/form-data", "multipart/form-data; boundary=xyz",
                ("--xyz\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n" + query + "\r\n--xyz--\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        return attacks;
    }

    /** Fragments F0…F{depth} on a type, each spreading the one below {@code width} times; F0 selects {@code leaf}. */
    static String fanOut(String on, String leaf, int width, int depth) {
        StringBuilder document = new StringBuilder("{ ...F" + depth + " }");
        document.append(" fragment F0 on ").append(on).append(" { ").append(leaf).append(" }");
        for (int level = 1; level <= depth; level++) {
            document.append(" fragment F").append(level).append(" on ").append(on).append(" {");
            document.append((" ...F" + (level - 1)).repeat(width)).append(" }");
        }
        return document.toString();
    }

    private static Attack bytes(String kind, String contentType, byte[] body) {
        return new Attack(kind, "POST", contentType, null, Map.of(), false, body);
    }

    private static Attack post(String kind, String query, Map<String, Object> variables) {
        return post(kind, query, variables, false);
    }

    private static Attack post(String kind, String query, Map<String, Object> variables, boolean editor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return new Attack(kind, "POST", "application/json", io.vertx.core.json.Json.encode(body), Map.of(), editor);
    }

    private static Attack raw(String kind, String body) {
        return new Attack(kind, "POST", "application/json", body, Map.of(), false);
    }

    private static Attack get(String kind, Map<String, String> params) {
        return new Attack(kind, "GET", null, null, params, false);
    }
}
