package io.summitry.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The request pipeline on the schema alone, without the services: what each document answers, which code every error
 * has, and how long the gateway works on it.
 */
class PipelineTest {

    private final Pipeline pipeline = new Pipeline();

    @Test
    void shouldRunTheStandardIntrospectionQueriesWithTheDefaultLimits() {
        // graphql-js 16's getIntrospectionQuery(), and the variant GraphiQL sends (descriptions, deprecated input
        // values, repeatable directives, specifiedByURL)
        for (String name : List.of("/introspection/graphql-js.graphql", "/introspection/graphiql.graphql")) {
            Map<String, Object> answer = pipeline.run(Pipeline.resource(name));
            assertThat(answer.get("errors")).as(name).isNull();
            assertThat(answer.toString()).contains("MeetingConnection", "FuzzyDate");
        }
    }

    @Test
    void shouldRefuseHostileDocumentsWithACodeWithinAFewMilliseconds() {
        Map<String, String> hostile = new LinkedHashMap<>();
        hostile.put("fan-out width 2, depth 40", fanOut("Query", "countries { code }", 2, 40, "{ ...F40 }"));
        hostile.put("fan-out width 10, depth 8", fanOut("Query", "countries { code }", 10, 8, "{ ...F8 }"));
        hostile.put("fan-out of scalars under one field, width 10, depth 8",
                fanOut("Country", "code", 10, 8, "{ countries { ...F8 } }"));
        hostile.put("fan-out of __typename, width 2, depth 40", fanOut("Query", "__typename", 2, 40, "{ ...F40 }"));
        hostile.put("a directive 4000 times", "{ countries " + "@skip(if: false) ".repeat(4000) + "{ code } }");
        hostile.put("an unknown directive 2400 times", "{ countries " + "@a ".repeat(2400) + "{ code } }");
        hostile.put("__schema twice", "{ a: __schema { types { name } } b: __schema { types { name } } }");
        StringBuilder types = new StringBuilder("{");
        for (int i = 0; i < 20; i++) {
            types.append(" t").append(i).append(": __type(name: \"Meeting\") { name fields { name } }");
        }
        hostile.put("__type 20 times", types.append(" }").toString());
        hostile.put("introspection cycles", "{ __schema { types { fields { type { fields { type { fields { name } } }"
                + " } } } } }");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> document : hostile.entrySet()) {
            Map<String, Object> answer = null;
            long millis = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 3; attempt++) {
                long start = System.nanoTime();
                answer = pipeline.run(document.getValue());
                millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
            }
            List<String> codes = codes(answer);
            if (codes.isEmpty() || codes.contains("INTERNAL") || codes.contains(null) || millis >= 100) {
                failures.add(document.getKey() + ": " + millis + " ms, " + answer);
            }
            System.out.printf("%s: %d ms, %s%n", document.getKey(), millis, new java.util.TreeSet<>(codes));
        }
        assertThat(failures).isEmpty();
        assertThat(pipeline.run("{ __typename }")).isEqualTo(Map.of("data", Map.of("__typename", "Query")));
    }

    @Test
    void shouldRefuseAFragmentFanOutByItsMeasuresNotByExpandingIt() {
        Map<String, Object> answer = pipeline.run(fanOut("Query", "countries { code }", 2, 40, "{ ...F40 }"));
        assertThat(codes(answer)).containsExactly("QUERY_TOO_COMPLEX");
        assertThat(message(answer)).contains("summitry.limits.max-visited-fields");
        Map<String, Object> nested = pipeline.run(fanOut("Country", "code", 10, 8, "{ countries { ...F8 } }"));
        assertThat(codes(nested)).containsExactly("QUERY_TOO_COMPLEX");
        assertThat(message(nested)).contains("summitry.limits.max-visited-fields");
    }

    @Test
    void shouldAnswerRepeatedIntrospectionAsTooComplexNotInternal() {
        Map<String, Object> answer = pipeline.run("{ a: __schema { queryType { name } } b: __schema { queryType { name } } }");
        assertThat(codes(answer)).containsExactly("QUERY_TOO_COMPLEX");
        assertThat(message(answer)).contains("__schema");
    }

    @Test
    void shouldNameTheVariablePathAndTheValueOfAWrongVariable() {
        Map<String, Object> date = pipeline.run("query($f: MeetingFilter) { meetings(filter: $f) { totalCount } }",
                Map.of("f", Map.of("from", "2024-13-45")));
        assertThat(codes(date)).containsExactly("BAD_USER_INPUT");
        assertThat(message(date)).contains("$f.from").contains("\"2024-13-45\"");

        Map<String, Object> kind = pipeline.run("query($f: MeetingFilter) { meetings(filter: $f) { totalCount } }",
                Map.of("f", Map.of("kinds", List.of("TALKS", "NOPE"))));
        assertThat(codes(kind)).containsExactly("BAD_USER_INPUT");
        assertThat(message(kind)).contains("$f.kinds[1]").contains("\"NOPE\"");

        Map<String, Object> missing = pipeline.run("""
                mutation($i: MeetingInput!) { updateMeeting(id: "x", expectedVersion: 1, input: $i) { id } }""",
                Map.of("i", Map.of("title", "Talks", "kind", "TALKS", "date", Map.of("edtf", "2024"))));
        assertThat(codes(missing)).containsExactly("BAD_USER_INPUT");
        assertThat(message(missing)).contains("$i.status").contains("MeetingStatus!").contains("missing");
    }

    @Test
    void shouldNameTheArgumentAndTheValueOfAWrongLiteral() {
        Map<String, Object> answer = pipeline.run("{ meetings(first: \"ten\") { totalCount } }");
        assertThat(codes(answer)).containsExactly("GRAPHQL_VALIDATION_FAILED");
        assertThat(message(answer)).contains("first").contains("\"ten\"");
    }

    @Test
    void shouldAnswerASyntaxErrorWithItsPlace() {
        Map<String, Object> answer = pipeline.run("{ countries { code }");
        assertThat(codes(answer)).containsExactly("GRAPHQL_PARSE_FAILED");
        assertThat(answer.toString()).contains("line=1", "column=");
    }

    /** Fragments F0…F{depth}, each spreading the one below {@code width} times; F0 selects {@code leaf}. */
    static String fanOut(String on, String leaf, int width, int depth, String operation) {
        StringBuilder document = new StringBuilder(operation);
        document.append(" fragment F0 on ").append(on).append(" { ").append(leaf).append(" }");
        for (int level = 1; level <= depth; level++) {
            document.append(" fragment F").append(level).append(" on ").append(on).append(" {");
            for (int i = 0; i < width; i++) {
                document.append(" ...F").append(level - 1);
            }
            document.append(" }");
        }
        return document.toString();
    }

    @SuppressWarnings("unchecked")
    static List<String> codes(Map<String, Object> answer) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.get("errors");
        return errors == null ? List.of() : errors.stream()
                .map(e -> e.get("extensions") instanceof Map<?, ?> extensions ? (String) extensions.get("code") : null)
                .toList();
    }

    @SuppressWarnings("unchecked")
    static String message(Map<String, Object> answer) {
        return String.valueOf(((List<Map<String, Object>>) answer.get("errors")).get(0).get("message"));
    }
}
