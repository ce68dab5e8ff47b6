package io.summitry.gateway.observability;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.quarkus.arc.Unremovable;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.summitry.gateway.client.DownstreamCalls;
import io.summitry.metrics.LatencyBuckets;

/**
 * Times every GraphQL operation and counts its errors by {@code extensions.code} and its downstream calls, with the
 * operation name as a bounded label ({@link OperationNames}) and the apps' fixed latency buckets
 * ({@link LatencyBuckets}, for p99 per operation); names the operation on the current span; writes the
 * {@link GraphQLAccessLog} line. The operation's span itself is smallrye-graphql's
 * ({@code quarkus.smallrye-graphql.tracing.enabled}).
 */
// looked up by pipeline.PipelineEvents, which smallrye, not CDI, creates
@Unremovable
@ApplicationScoped
public class GraphQLOperationMetrics {

    private static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("graphql.operation.name");
    private static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("graphql.operation.type");

    private final MeterRegistry registry;
    private final OperationNames names;
    private final Map<String, Long> startedAt = new ConcurrentHashMap<>();

    GraphQLOperationMetrics(MeterRegistry registry, ObservabilityConfig config) {
        this.registry = registry;
        this.names = new OperationNames(config.maxOperationNames());
    }

    /** When smallrye starts an operation ({@code pipeline.PipelineEvents}). */
    public void beforeExecute(Context context) {
        startedAt.put(context.getExecutionId(), System.nanoTime());
        // smallrye's own span reads only the request's operationName; this also names single-operation documents
        OperationNames.requested(context).ifPresent(name -> Span.current().setAttribute(OPERATION_NAME, name));
        Span.current().setAttribute(OPERATION_TYPE, typeOf(context));
    }

    /**
     * When smallrye has the answer, before it is written. Every error already has its code: pipeline.CodedErrors gives
     * it as graphql-java completes the answer.
     */
    public void afterExecute(Context context) {
        Long start = startedAt.remove(context.getExecutionId());
        if (start == null) {
            return;
        }
        long nanos = System.nanoTime() - start;
        String operation = names.label(OperationNames.requested(context));
        String type = typeOf(context);
        Map<String, Integer> codes = errorCodes(context);
        Map<String, Integer> calls = downstreamCalls(context);

        Timer.builder("graphql.operation").description("GraphQL operations, from execution start to the answer")
                .tags("operation", operation, "type", type, "outcome", codes.isEmpty() ? "success" : "error")
                .serviceLevelObjectives(LatencyBuckets.asArray()).register(registry).record(Duration.ofNanos(nanos));
        codes.forEach((code, count) -> registry
                .counter("graphql.operation.errors", "operation", operation, "code", code).increment(count));
        DistributionSummary.builder("graphql.operation.downstream.calls")
                .description("REST calls to the services made by one GraphQL request").tags("operation", operation)
                .register(registry).record(calls.values().stream().mapToInt(Integer::intValue).sum());
        GraphQLAccessLog.write(operation, type, nanos / 1_000_000, calls, codes);
    }

    /** When the execution failed outside graphql-java's error handling: no answer to time, only the entry to forget. */
    public void errorExecute(String executionId) {
        startedAt.remove(executionId);
    }

    private static String typeOf(Context context) {
        List<String> types = context.getRequestedOperationTypes();
        String type = types == null || types.isEmpty() ? context.getOperationType() : types.get(0);
        return type == null ? "unknown" : type.toLowerCase(Locale.ROOT);
    }

    /** How often each error code occurs in the answer, by code. */
    private static Map<String, Integer> errorCodes(Context context) {
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        if (result == null || result.getErrors() == null) {
            return Map.of();
        }
        Map<String, Integer> codes = new TreeMap<>();
        for (GraphQLError error : result.getErrors()) {
            Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
            codes.merge(code == null ? "UNKNOWN" : code.toString(), 1, Integer::sum);
        }
        return codes;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> downstreamCalls(Context context) {
        Object calls = context instanceof SmallRyeContext smallRye
                ? smallRye.getAddedExtensions().get(DownstreamCalls.EXTENSION)
                : null;
        return calls instanceof Map<?, ?> map ? new TreeMap<>((Map<String, Integer>) map) : Map.of();
    }
}
