package io.summitry.service.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * The change stream in {@code /q/metrics}: {@code summitry_changes_streams} (open streams),
 * {@code summitry_changes_listening} (1 while the LISTEN connection is open, 0 while only the catch-up read finds new
 * revisions) and {@code summitry_changes_behind} (known revisions the slowest open stream has yet to send).
 */
@ApplicationScoped
public class ChangeStreamMetrics {

    @Inject
    Instance<MeterRegistry> registry;
    @Inject
    ChangeStreams streams;
    @Inject
    ChangeListener listener;

    void register(@Observes StartupEvent event) {
        if (!registry.isResolvable()) {
            return;
        }
        MeterRegistry meters = registry.get();
        Gauge.builder("summitry.changes.streams", streams, ChangeStreams::openStreams)
                .description("Open change streams (GET /changes/stream) of this process").register(meters);
        Gauge.builder("summitry.changes.listening", listener, l -> l.listening() ? 1 : 0)
                .description("1 while the LISTEN summitry_changes connection is open").register(meters);
        Gauge.builder("summitry.changes.behind", streams, ChangeStreams::behind)
                .description("Known revisions the slowest open change stream has yet to send").register(meters);
    }
}
