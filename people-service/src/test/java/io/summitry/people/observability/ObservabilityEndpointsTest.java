package io.summitry.people.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What an operator scrapes and probes: Prometheus metrics and the three health endpoints. */
@QuarkusTest
class ObservabilityEndpointsTest {

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
