package io.summitry.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.parser.Parser;
import io.summitry.gateway.limits.QueryMeasure;
import io.summitry.gateway.limits.QueryMeasure.Measure;

/** The weights of the README's "What a query may cost", on the schema the gateway serves. */
class QueryMeasureTest {

    @Test
    void shouldCostTheReadmeExampleAsTheReadmeSays() {
        Measure measure = measure("{ meetings(first: 20) { edges { node { title participants { person { name } } } } } }",
                Map.of());
        assertThat(measure.cost()).isEqualTo(261);
        assertThat(measure.depth()).isEqualTo(6);
        assertThat(measure.rootFields()).isEqualTo(1);
    }

    @Test
    void shouldReadPageSizesFromVariablesAndCapThemAtOneHundred() {
        String query = "query($n: Int) { meetings(first: $n) { edges { node { host { name } } } } }";
        assertThat(measure(query, Map.of("n", 5)).cost()).isEqualTo(1 + 5 * (1 + 1 + 1));
        assertThat(measure(query, Map.of("n", 100_000)).cost()).isEqualTo(1 + 100 * (1 + 1 + 1));
    }

    @Test
    void shouldMeasureAFragmentAsIfExpandedWhereverItIsSpread() {
        String spread = "{ a: meetings(first: 2) { ...M } b: meetings(first: 3) { ...M } } "
                + "fragment M on MeetingConnection { edges { node { host { name } } } }";
        String expanded = "{ a: meetings(first: 2) { edges { node { host { name } } } } "
                + "b: meetings(first: 3) { edges { node { host { name } } } } }";
        assertThat(measure(spread, Map.of())).isEqualTo(measure(expanded, Map.of()));
    }

    @Test
    void shouldCostIntrospectionAsSchemaMetadata() {
        Measure introspection = measure(Pipeline.resource("/introspection/graphiql.graphql"), Map.of());
        assertThat(introspection.cost()).isEqualTo(1);
        assertThat(introspection.depth()).isLessThanOrEqualTo(new DefaultLimits().maxDepth());
    }

    @Test
    void shouldSaturateInsteadOfOverflowing() {
        Measure fanOut = measure(PipelineTest.fanOut("Query", "meetings(first: 100) { totalCount }", 10, 30,
                "{ ...F30 }"), Map.of());
        assertThat(fanOut.cost()).isEqualTo(Long.MAX_VALUE);
        assertThat(fanOut.rootFields()).isEqualTo(Long.MAX_VALUE);
        assertThat(fanOut.truncated()).isFalse();
    }

    private static Measure measure(String query, Map<String, Object> variables) {
        return QueryMeasure.of(Pipeline.SCHEMA, Parser.parse(query), variables, 10, 20_000);
    }
}
