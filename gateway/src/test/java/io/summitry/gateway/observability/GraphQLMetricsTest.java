package io.summitry.gateway.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.summitry.gateway.StubbedServices;

/** What an operator sees at the gateway's /q/metrics after a few queries. */
@QuarkusTest
@TestProfile(StubbedServices.class)
class GraphQLMetricsTest {

    private static final String BOTH_SERVICES = """
            query MetricsProbe { meetings(first: 1) { totalCount } people(first: 1) { totalCount } }""";
    private static final String NEGATIVE_PAGE = """
            query MetricsBadInput { meetings(first: -1) { totalCount } }""";

    @Test
    void shouldTimeEachOperationAndCountItsDownstreamCalls() {
        post(BOTH_SERVICES);
        post(BOTH_SERVICES);

        String metrics = metrics();
        assertThat(metrics)
                .containsPattern("graphql_operation_seconds_count\\{[^}]*operation=\"MetricsProbe\"[^}]*"
                        + "outcome=\"success\"[^}]*type=\"query\"[^}]*\\} 2\\.0")
                .containsPattern("graphql_operation_downstream_calls_sum\\{operation=\"MetricsProbe\"\\} 4\\.0")
                .containsPattern("summitry_downstream_calls_total\\{service=\"people-service\"\\}")
                .containsPattern("summitry_downstream_calls_total\\{service=\"meetings-service\"\\}")
                .containsPattern("http_client_requests_seconds_count\\{[^}]*uri=\"/meetings\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/graphql\"");
    }

    @Test
    void shouldPublishTheFixedLatencyBucketsForRequestsAndOperations() {
        post("query BucketsProbe { meetings(first: 1) { totalCount } }");

        String metrics = metrics();
        assertThat(metrics)
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/graphql\"[^}]*le=\"0\\.25\"")
                .containsPattern("graphql_operation_seconds_bucket\\{[^}]*operation=\"BucketsProbe\"[^}]*le=\"1\\.0\"")
                .containsPattern("graphql_operation_seconds_bucket\\{[^}]*operation=\"BucketsProbe\"[^}]*le=\"\\+Inf\"")
                .as("buckets, not percentiles, so that p99 sums over replicas")
                .doesNotContain("quantile=");
    }

    @Test
    void shouldCountErrorsByTheirCode() {
        post(NEGATIVE_PAGE);

        assertThat(metrics())
                .containsPattern("graphql_operation_errors_total\\{code=\"BAD_USER_INPUT\",operation=\"MetricsBadInput\"\\}")
                .containsPattern("graphql_operation_seconds_count\\{[^}]*operation=\"MetricsBadInput\"[^}]*"
                        + "outcome=\"error\"");
    }

    @Test
    void shouldNeverUseQueryTextAsALabel() {
        post("{ meetings(first: 1) { totalCount } }");

        assertThat(metrics()).contains("operation=\"anonymous\"").doesNotContain("totalCount");
    }

    private static void post(String query) {
        given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql")
                .then().statusCode(200);
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
