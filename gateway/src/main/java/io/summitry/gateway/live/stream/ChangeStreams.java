package io.summitry.gateway.live.stream;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.Vertx;

/**
 * This replica's one follower of each service's change stream, and the place the rest of the gateway learns of
 * changes: the response cache evicts through {@link #listen}, subscriptions fan out from it. However many subscribers,
 * the gateway holds one stream per service.
 */
@ApplicationScoped
public class ChangeStreams {

    public static final String PEOPLE = "people-service";
    public static final String MEETINGS = "meetings-service";

    private final ChangeStreamConfig config;
    private final Vertx vertx;
    private final ObjectMapper json;
    private final MeterRegistry registry;
    private final Map<String, URI> bases;
    private final List<Consumer<Revision>> listeners = new CopyOnWriteArrayList<>();
    /** Fed under its own lock: the two followers apply revisions on their own event loops. */
    private final BroadcastProcessor<Revision> revisions = BroadcastProcessor.create();
    private volatile Map<String, ChangeStreamFollower> followers = Map.of();

    ChangeStreams(ChangeStreamConfig config, Vertx vertx, ObjectMapper json, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.rest-client.people.url") String peopleUrl,
            @ConfigProperty(name = "quarkus.rest-client.meetings.url") String meetingsUrl) {
        this.config = config;
        this.vertx = vertx;
        this.json = json;
        this.registry = registry;
        this.bases = Map.of(PEOPLE, base(config.peopleUrl().orElse(peopleUrl)),
                MEETINGS, base(config.meetingsUrl().orElse(meetingsUrl)));
    }

    void start(@Observes StartupEvent started) {
        if (!config.enabled()) {
            Log.info("Change streams are off (summitry.change-stream.enabled=false): no cached answer is served");
            return;
        }
        Map<String, ChangeStreamFollower> started2 = new java.util.LinkedHashMap<>();
        bases.forEach((service, base) -> {
            ChangeStreamFollower follower = new ChangeStreamFollower(service, base, config, vertx, json,
                    System::nanoTime, this::apply);
            Gauge.builder("summitry_change_stream_lag_revisions", follower, ChangeStreamFollower::lagRevisions)
                    .description("Revisions the service committed that this gateway has not applied yet")
                    .tag("service", service).register(registry);
            Gauge.builder("summitry_change_stream_lag_seconds", follower, ChangeStreamFollower::lagSeconds)
                    .description("Seconds since this gateway was last caught up with the service's changes")
                    .tag("service", service).register(registry);
            FunctionCounter.builder("summitry_change_stream_events_applied", follower,
                    f -> f.eventsApplied()).description("Revisions applied from the service's change stream")
                    .tag("service", service).register(registry);
            FunctionCounter.builder("summitry_change_stream_reconnections", follower, f -> f.reconnections())
                    .description("Reconnections to the service's change stream").tag("service", service)
                    .register(registry);
            started2.put(service, follower);
        });
        followers = Map.copyOf(started2);
        followers.values().forEach(ChangeStreamFollower::start);
    }

    void stop(@Observes ShutdownEvent stopping) {
        followers.values().forEach(ChangeStreamFollower::stop);
    }

    /** Called with every revision applied, in each service's order, on an event loop: keep it short. */
    public void listen(Consumer<Revision> listener) {
        listeners.add(listener);
    }

    /**
     * Every revision applied from now on, of both services, for subscriptions: one shared source, however many
     * subscribers (a subscriber without demand fails alone, see live/subscription).
     */
    public Multi<Revision> revisions() {
        return revisions;
    }

    public Map<String, ChangeStreamFollower> followers() {
        return followers;
    }

    /**
     * Whether answers holding this service's data may come from the cache: its stream is connected and has not been
     * behind for longer than the staleness bound. False when streams are off.
     */
    public boolean isFresh(String service) {
        ChangeStreamFollower follower = followers.get(service);
        return follower != null && !follower.isBehindMoreThan(config.stalenessBound().toNanos());
    }

    private void apply(Revision revision) {
        synchronized (revisions) {
            revisions.onNext(revision);
        }
        for (Consumer<Revision> listener : listeners) {
            try {
                listener.accept(revision);
            } catch (RuntimeException failure) {
                Log.errorf(failure, "A listener failed on revision %d of %s", revision.revision(), revision.service());
            }
        }
    }

    private static URI base(String url) {
        return URI.create(url.endsWith("/") ? url : url + "/");
    }
}
