package io.summitry.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/** The depth of a request's JSON as JsonDepth counts it, and what JsonText answers for it. */
class JsonDepthTest {

    @Test
    void shouldCountObjectsAndArraysAndNameTheOutermostMember() {
        assertThat(JsonDepth.deeperThan("{\"a\":[[1]]}", 3, 0)).isNull();
        assertThat(JsonDepth.deeperThan("{\"a\":[[[1]]]}", 3, 0)).isEqualTo("a");
        assertThat(JsonDepth.deeperThan("{\"query\":\"x\",\"variables\":{\"f\":{\"g\":{}}}}", 3, 0))
                .isEqualTo("variables");
        assertThat(JsonDepth.deeperThan("[[[[]]]]", 3, 0)).isEmpty();
        // a GET parameter is counted as the body member it stands for: one level inside the body
        assertThat(JsonDepth.deeperThan("{\"a\":[1]}", 3, 1)).isNull();
        assertThat(JsonDepth.deeperThan("{\"a\":[[1]]}", 3, 1)).isEqualTo("a");
    }

    @Test
    void shouldNotCountBracketsInsideStringsOrTheirEscapedQuotes() {
        assertThat(JsonDepth.deeperThan("{\"a\":\"[[[[{{{{\"}", 2, 0)).isNull();
        assertThat(JsonDepth.deeperThan("{\"a\":\"\\\"[[[[\\\\\"}", 2, 0)).isNull();
        assertThat(JsonDepth.deeperThan("{\"a\\\"b\":\"}}}\",\"c\":[[[]]]}", 3, 0)).isEqualTo("c");
    }

    @Test
    void shouldRefuseTwentyThousandLevelsWithTheLimitAndWhereWithoutOverflowingTheStack() {
        JsonText reader = new JsonText(64);
        String deep = "{\"query\":\"{ __typename }\",\"variables\":{\"a\":" + "[".repeat(20_000) + "]".repeat(20_000)
                + "}}";
        assertThatThrownBy(() -> reader.read(deep, "The body", 0)).isInstanceOfSatisfying(GraphQLHttp.Refusal.class,
                refusal -> {
                    assertThat(refusal.status).isEqualTo(400);
                    assertThat(refusal.code.name()).isEqualTo("BAD_REQUEST");
                    assertThat(refusal).hasMessage("The body nests JSON deeper than 64 levels (in 'variables'), the "
                            + "limit (summitry.limits.max-json-depth)");
                });
    }

    @Test
    void shouldReadJsonAtTheLimit() {
        String atLimit = "{\"a\":" + "[".repeat(63) + "]".repeat(63) + "}";
        assertThat(((JsonObject) new JsonText(64).read(atLimit, "The body", 0)).containsKey("a")).isTrue();
    }
}
