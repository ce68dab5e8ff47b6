package io.summitry.meetings.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A caller's trace (the gateway's) continues through this service down to each SQL statement, once SQL spans are
 * switched on ({@code quarkus.datasource.jdbc.telemetry.enabled}, off by default: {@link SqlSpansOffTest}).
 */
@QuarkusTest
@TestProfile(TracingTest.SqlSpansOn.class)
class TracingTest {

    /** What an operator sets to see SQL in traces: {@code QUARKUS_DATASOURCE_JDBC_TELEMETRY_ENABLED=true}. */
    public static class SqlSpansOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.telemetry.enabled", "true");
        }
    }

    private static final String CALLER_SPAN_ID = "00f067aa0ba902b7";

    @Inject
    CollectedSpans spans;

    @Test
    void shouldContinueTheCallersTraceDownToTheSqlStatement() throws InterruptedException {
        String traceId = newTraceId();

        given().header("traceparent", "00-" + traceId + "-" + CALLER_SPAN_ID + "-01")
                .when().get("/meetings").then().statusCode(200);

        List<SpanData> trace = spans.awaitTrace(traceId, t -> server(t).isPresent() && !sql(t).isEmpty());
        SpanData server = server(trace).orElseThrow();
        assertThat(server.getParentSpanId()).isEqualTo(CALLER_SPAN_ID);
        assertThat(server.getName()).isEqualTo("GET /meetings");
        SpanData statement = sql(trace).get(0);
        assertThat(statement.getName()).startsWith("SELECT");
        assertThat(ancestorIds(statement, trace)).contains(server.getSpanId());
    }

    static Optional<SpanData> server(List<SpanData> trace) {
        return trace.stream().filter(span -> span.getKind() == SpanKind.SERVER).findFirst();
    }

    static List<SpanData> sql(List<SpanData> trace) {
        return trace.stream().filter(span -> span.getKind() == SpanKind.CLIENT)
                .filter(span -> "postgresql".equals(dbSystem(span))).toList();
    }

    private static String dbSystem(SpanData span) {
        Map<AttributeKey<?>, Object> attributes = span.getAttributes().asMap();
        return attributes.entrySet().stream().filter(e -> e.getKey().getKey().startsWith("db.system"))
                .map(e -> String.valueOf(e.getValue())).findFirst().orElse(null);
    }

    private static List<String> ancestorIds(SpanData span, List<SpanData> trace) {
        Map<String, SpanData> byId = trace.stream()
                .collect(Collectors.toMap(SpanData::getSpanId, s -> s, (a, b) -> a));
        List<String> ancestors = new ArrayList<>();
        SpanData current = span;
        while (current != null && current.getParentSpanContext().isValid()) {
            ancestors.add(current.getParentSpanId());
            current = byId.get(current.getParentSpanId());
        }
        return ancestors;
    }

    static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
