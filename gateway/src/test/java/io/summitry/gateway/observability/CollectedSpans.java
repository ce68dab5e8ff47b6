package io.summitry.gateway.observability;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

import jakarta.inject.Singleton;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/** Keeps the spans the application exports during tests, so that a test can inspect one trace. */
@Singleton
public class CollectedSpans implements SpanExporter {

    private final ConcurrentLinkedQueue<SpanData> spans = new ConcurrentLinkedQueue<>();

    @Override
    public CompletableResultCode export(Collection<SpanData> batch) {
        spans.addAll(batch);
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }

    /** The spans of one trace, once they satisfy {@code complete}; fails after a few seconds. */
    public List<SpanData> awaitTrace(String traceId, Predicate<List<SpanData>> complete) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<SpanData> trace = List.of();
        while (System.nanoTime() < deadline) {
            trace = spans.stream().filter(span -> span.getTraceId().equals(traceId)).toList();
            if (complete.test(trace)) {
                return trace;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Trace " + traceId + " incomplete after 15 s: " + trace);
    }
}
