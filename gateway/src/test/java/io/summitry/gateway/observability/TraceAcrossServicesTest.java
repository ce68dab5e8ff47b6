package io.summitry.gateway.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.summitry.gateway.GatewayStackResource;
import io.summitry.gateway.observability.OtlpReceiver.ReceivedSpan;

/**
 * One GraphQL request is one trace across the three processes: the gateway's spans (collected in process) and the
 * services' spans (exported over OTLP/HTTP to {@link OtlpReceiver}) share the trace id, each service's request span
 * is a child of one of the gateway's REST client spans, and each service's SQL statements are in the trace.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayStackResource.class, restrictToAnnotatedClass = false)
class TraceAcrossServicesTest {

    private static final String CALLER_SPAN_ID = "00f067aa0ba902b7";
    private static final String OPERATION = "TraceProbe";
    private static final String QUERY = """
            query TraceProbe { meetings(first: 1) { totalCount } people(first: 1) { totalCount } }""";

    @Inject
    CollectedSpans gatewaySpans;

    @Test
    void shouldLinkTheGatewayAndBothServicesDownToSqlInOneTrace() throws InterruptedException {
        String traceId = UUID.randomUUID().toString().replace("-", "");

        given().header("traceparent", "00-" + traceId + "-" + CALLER_SPAN_ID + "-01")
                .contentType(ContentType.JSON).body(Map.of("query", QUERY))
                .when().post("/graphql").then().statusCode(200);

        // the server span ends last, once the answer is written, so wait for it too
        List<SpanData> gateway = gatewaySpans.awaitTrace(traceId, t -> clientSpans(t).size() >= 2
                && t.stream().anyMatch(span -> span.getKind() == SpanKind.SERVER));
        SpanData operation = gateway.stream()
                .filter(span -> OPERATION.equals(span.getAttributes().get(AttributeKey.stringKey(
                        "graphql.operation.name"))))
                .findFirst().orElseThrow(() -> new AssertionError("No span names the operation: " + gateway));
        assertThat(operation.getTraceId()).isEqualTo(traceId);
        assertThat(gateway).anySatisfy(span -> {
            assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
            assertThat(span.getParentSpanId()).isEqualTo(CALLER_SPAN_ID);
        });

        Set<String> gatewayClientSpanIds = clientSpans(gateway).stream().map(SpanData::getSpanId)
                .collect(Collectors.toSet());
        List<ReceivedSpan> services = awaitServiceSpans(traceId);
        for (String service : List.of("people-service", "meetings-service")) {
            assertThat(services).as(service + " answers as a child of a gateway call").anySatisfy(span -> {
                assertThat(span.service()).isEqualTo(service);
                assertThat(span.kind()).isEqualTo(ReceivedSpan.SERVER);
                assertThat(gatewayClientSpanIds).contains(span.parentSpanId());
            });
            assertThat(services).as(service + " runs its SQL in the trace").anySatisfy(span -> {
                assertThat(span.service()).isEqualTo(service);
                assertThat(span.kind()).isEqualTo(ReceivedSpan.CLIENT);
                assertThat(span.name()).startsWith("SELECT");
            });
        }
    }

    private static List<SpanData> clientSpans(List<SpanData> trace) {
        return trace.stream().filter(span -> span.getKind() == SpanKind.CLIENT).toList();
    }

    private static List<ReceivedSpan> awaitServiceSpans(String traceId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<ReceivedSpan> spans = List.of();
        while (System.nanoTime() < deadline) {
            List<ReceivedSpan> received = OtlpReceiver.shared().spans(traceId);
            spans = received;
            // each service exports its server span after the SQL spans inside it (it ends once the answer is sent)
            boolean complete = Stream.of("people-service", "meetings-service").allMatch(service -> received.stream()
                    .anyMatch(span -> span.service().equals(service) && span.kind() == ReceivedSpan.SERVER)
                    && received.stream().anyMatch(span -> span.service().equals(service)
                            && span.name().startsWith("SELECT")));
            if (complete) {
                return spans;
            }
            Thread.sleep(100);
        }
        return spans;
    }
}
