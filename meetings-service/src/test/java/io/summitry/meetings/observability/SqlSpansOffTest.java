package io.summitry.meetings.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;

/**
 * By default the datasource is not wrapped for tracing, so a statement costs no span: the request is still traced
 * (its server span continues the caller's trace), its SQL is not.
 */
@QuarkusTest
class SqlSpansOffTest {

    @Inject
    CollectedSpans spans;

    @Test
    void shouldTraceTheRequestButNotItsSqlUnlessSwitchedOn() throws InterruptedException {
        String traceId = TracingTest.newTraceId();

        given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .when().get("/meetings").then().statusCode(200);

        // a statement's span ends before the request's, so it would be collected by the time the request's is
        List<SpanData> trace = spans.awaitTrace(traceId, t -> TracingTest.server(t).isPresent());
        assertThat(TracingTest.server(trace)).isPresent();
        assertThat(TracingTest.sql(trace)).as("SQL spans").isEmpty();
    }
}
