package io.summitry.gateway.observability;

import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;

/**
 * Keeps traces in process until an OTLP endpoint is configured: spans still carry ids into log lines and
 * {@code traceparent} headers, but nothing is sent anywhere.
 */
public class TraceExportSwitch {

    private static final String NOT_SET = "<not set>";

    // Quarkus drops its OTLP exporter whenever a SpanExporter bean resolves, so this bean exists only while the
    // endpoint is cleared (application.properties); QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT=<collector URL> turns export on.
    @Produces
    @Singleton
    @LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = NOT_SET, lookupIfMissing = true)
    SpanExporter noExport() {
        return SpanExporter.composite(List.of());
    }
}
