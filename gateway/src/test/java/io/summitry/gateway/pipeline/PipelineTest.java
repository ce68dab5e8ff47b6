package io.summitry.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The request pipeline on the schema alone, without the services: what each document answers, and how long the gateway
 * works on it.
 */
class PipelineTest {

    private final Pipeline pipeline = new Pipeline();

    @Test
    void shouldRunGraphqlJsStandardIntrospectionQueryWithTheDefaultLimits() {
        for (String name : List.of("/introspection/graphql-js.graphql", "/introspection/graphiql.graphql")) {
            Map<String, Object> answer = pipeline.run(Pipeline.resource(name));
            assertThat(answer.get("errors")).as(name + ": " + answer.get("errors")).isNull();
            assertThat(answer.toString()).contains("MeetingConnection");
        }
    }

    @Test
    void shouldPrintDebug() {
        for (String q : List.of("{ __schema { queryType { name } } a: __schema { queryType { name } } }",
                "{ meetings(filter: {from: \"2024-13-45\"}) { totalCount } }",
                "{ countries { code } ")) {
            System.out.println(pipeline.run(q));
        }
        System.out.println(pipeline.run("query($f: MeetingFilter) { meetings(filter: $f) { totalCount } }",
                Map.of("f", Map.of("from", "2024-13-45"))));
        System.out.println(pipeline.run("mutation($i: MeetingInput!) { updateMeeting(id: \"x\", expectedVersion: 1, input: $i) { id } }",
                Map.of("i", Map.of("title", "t", "kind", "TALKS", "date", Map.of("edtf", "2024")))));
    }
}
