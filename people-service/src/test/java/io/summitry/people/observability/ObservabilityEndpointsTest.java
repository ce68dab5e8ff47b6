package io.summitry.people.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What an operator scrapes and probes: Prometheus metrics and the three health endpoints. */
@QuarkusTest
class ObservabilityEndpointsTest {

    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    @Test
    void shouldTimeRequestsByRouteTemplateNotByRawPath() {
        String unknownId = UUID.randomUUID().toString();
        given().when().get("/people/" + unknownId).then().statusCode(404);

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/people/{id}\""))
                .body(not(containsString(unknownId)));
    }

    @Test
    void shouldPublishTheFixedLatencyBucketsOfEachRoute() {
        given().when().get("/countries").then().statusCode(200);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> countries = metrics.lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_bucket{"))
                .filter(line -> line.contains("uri=\"/countries\"") && line.contains("method=\"GET\"")
                        && line.contains("status=\"200\""))
                .toList();
        List<String> bounds = countries.stream().map(line -> LE.matcher(line)).filter(Matcher::find)
                .map(le -> le.group(1)).toList();

        assertThat(bounds).as("the buckets deploy/monitoring's p99 reads, in seconds: %s", countries)
                .containsExactly("0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.5", "5.0", "+Inf");
        assertThat(metrics).as("no percentile computed in the app").doesNotContain("quantile=");
    }

    @Test
    void shouldExposeConnectionPoolAndJvmMetrics() {
        given().when().get("/countries").then().statusCode(200);

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("agroal_active_count{datasource=\"default\"}"))
                .body(containsString("agroal_awaiting_count{datasource=\"default\"}"))
                .body(containsString("jvm_memory_used_bytes{"))
                .body(containsString("jvm_threads_live_threads"));
    }

    @Test
    void shouldAnswerLivenessReadinessAndStartupProbes() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem(containsString("Database")));
    }
}
