package io.summitry.gateway.live.stream;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.summitry.api.history.ChangeDto;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.parsetools.RecordParser;

/**
 * Follows one service's change stream: applies each revision once, in order, and reconnects after a cut, a refusal or
 * a stall, resuming after the last revision it applied ({@code Last-Event-ID}). Everything that changes its state runs
 * on one Vert.x context; the fields read by the health check, the gauges and the response cache are volatile.
 * <p>
 * Before its first connection it reads the service's latest revision and resumes after it, so a change committed
 * while it connects is not missed; it reads it again ({@code GET /changes/latest}, one primary-key look-up) every
 * {@code probe-interval} to tell how far behind it is, since a connected stream that delivers nothing looks like a
 * quiet one.
 */
public final class ChangeStreamFollower {

    private static final TypeReference<List<ChangeDto>> CHANGES = new TypeReference<>() {
    };
    /** An event line longer than this ends the connection: a revision of a few thousand changes fits many times. */
    private static final int MAX_LINE = 16 * 1024 * 1024;

    private final String service;
    private final URI base;
    private final ChangeStreamConfig config;
    private final Consumer<Revision> applier;
    private final ObjectMapper json;
    private final LongSupplier nanos;
    private final HttpClient http;
    private final Context context;

    private volatile long applied = -1;
    private volatile long latest;
    private volatile boolean connected;
    private volatile long lastHeard;
    /** When the stream was last known caught up, or null while it is: read by {@link #isBehindMoreThan}. */
    private volatile Long behindSince;
    private volatile long eventsApplied;
    private volatile long reconnections;
    private volatile String lastFailure;

    private int attempt;
    private long generation;
    /** When the current attempt was sent, or -1 while none is waiting for its answer. */
    private long attemptStarted = -1;
    private HttpClientRequest current;
    private boolean probing;
    /**
     * Set while the service's latest revision is not known: the last probe failed, or has not answered within a probe
     * interval (a stopped service accepts the connection and never answers). The stream may be connected and quiet,
     * yet nothing says the service committed nothing meanwhile, so it is not caught up.
     */
    private boolean unconfirmed;
    /** When the last probe that answered was sent: how recent the latest revision known is. */
    private long confirmedAt;
    private boolean stopped;
    private long stallTimer = -1;
    private long probeTimer = -1;

    public ChangeStreamFollower(String service, URI base, ChangeStreamConfig config, Vertx vertx, ObjectMapper json,
            LongSupplier nanos, Consumer<Revision> applier) {
        this.service = service;
        this.base = base;
        this.config = config;
        this.applier = applier;
        this.json = json;
        this.nanos = nanos;
        this.http = vertx.createHttpClient();
        this.context = vertx.getOrCreateContext();
        this.behindSince = nanos.getAsLong();
        this.confirmedAt = behindSince;
    }

    public void start() {
        context.runOnContext(ignored -> {
            long stallCheck = Math.max(50, Math.min(1000, config.stallTimeout().toMillis() / 4));
            stallTimer = context.owner().setPeriodic(stallCheck, id -> checkStall());
            probeTimer = context.owner().setPeriodic(Math.max(10, config.probeInterval().toMillis()), id -> probe(null));
            probe(this::connect);
        });
    }

    public void stop() {
        context.runOnContext(ignored -> {
            stopped = true;
            context.owner().cancelTimer(stallTimer);
            context.owner().cancelTimer(probeTimer);
            disconnect();
            http.close();
        });
    }

    public String service() {
        return service;
    }

    /** The last revision applied; -1 before the first is known. */
    public long applied() {
        return applied;
    }

    /** How many revisions the service has committed that this follower has not applied yet, as far as it knows. */
    public long lagRevisions() {
        return applied < 0 ? 0 : Math.max(0, latest - applied);
    }

    /** Seconds since the stream was last known caught up; 0 while it is. */
    public double lagSeconds() {
        Long since = behindSince;
        return since == null ? 0 : (nanos.getAsLong() - since) / 1e9;
    }

    public boolean connected() {
        return connected;
    }

    public long eventsApplied() {
        return eventsApplied;
    }

    public long reconnections() {
        return reconnections;
    }

    public String lastFailure() {
        return lastFailure;
    }

    /** True while the stream is cut, or has been behind the service for longer than the bound. */
    public boolean isBehindMoreThan(long boundNanos) {
        Long since = behindSince;
        return !connected || since != null && nanos.getAsLong() - since > boundNanos;
    }

    private void connect() {
        if (stopped) {
            return;
        }
        long mine = ++generation;
        attemptStarted = nanos.getAsLong();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(base.resolve("changes/stream").toString())
                .putHeader("Accept", "text/event-stream");
        if (applied >= 0) {
            request.putHeader("Last-Event-ID", Long.toString(applied));
        }
        http.request(request).onSuccess(sent -> {
            if (mine != generation) {
                sent.reset();
                return;
            }
            current = sent;
            sent.exceptionHandler(failure -> lost(mine, failure.toString()));
            sent.send().onSuccess(response -> opened(mine, response))
                    .onFailure(failure -> lost(mine, failure.toString()));
        }).onFailure(failure -> lost(mine, failure.toString()));
    }

    private void opened(long mine, HttpClientResponse response) {
        if (mine != generation) {
            return;
        }
        if (response.statusCode() != 200) {
            lost(mine, "HTTP " + response.statusCode());
            return;
        }
        connected = true;
        attemptStarted = -1;
        attempt = 0;
        lastHeard = nanos.getAsLong();
        ServerSentEvents events = new ServerSentEvents(event -> received(mine, event));
        RecordParser lines = RecordParser.newDelimited("\n", response).maxRecordSize(MAX_LINE);
        lines.handler(line -> {
            if (mine == generation) {
                lastHeard = nanos.getAsLong();
                events.line(line.toString(java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        lines.exceptionHandler(failure -> lost(mine, failure.toString()));
        lines.endHandler(ended -> lost(mine, "the service ended the stream"));
        updateBehind();
    }

    private void received(long mine, ServerSentEvents.Event event) {
        if (!"revision".equals(event.type()) || event.id() == null) {
            return;
        }
        long revision;
        List<ChangeDto> changes;
        try {
            revision = Long.parseLong(event.id().trim());
            changes = changes(event.data());
        } catch (Exception malformed) {
            // Skipping it would lose a revision: reconnect and have it sent again.
            Log.warnf("%s sent an unreadable change event (id %s): %s", service, event.id(), malformed.toString());
            lost(mine, "unreadable event " + event.id());
            return;
        }
        if (revision <= applied) {
            return; // sent again after a reconnection: applied already
        }
        try {
            applier.accept(new Revision(service, revision, changes));
        } catch (RuntimeException failure) {
            Log.errorf(failure, "Applying revision %d of %s failed", revision, service);
        }
        applied = revision;
        latest = Math.max(latest, revision);
        eventsApplied++;
        updateBehind();
    }

    /** A newer service may add members to a change: they are not this gateway's concern. */
    private List<ChangeDto> changes(String data) throws java.io.IOException {
        return json.readerFor(CHANGES).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(data);
    }

    private void lost(long mine, String why) {
        if (mine != generation || stopped) {
            return;
        }
        generation++;
        attemptStarted = -1;
        if (connected) {
            Log.infof("The change stream of %s was cut (%s); resuming after revision %d", service, why, applied);
        }
        lastFailure = why;
        disconnect();
        long delay = Math.min(config.maxBackoff().toMillis(),
                config.initialBackoff().toMillis() << Math.min(attempt, 20));
        attempt++;
        reconnections++;
        context.owner().setTimer(Math.max(1, delay), id -> connect());
    }

    private void disconnect() {
        connected = false;
        if (behindSince == null) {
            behindSince = nanos.getAsLong();
        }
        if (current != null) {
            current.reset();
            current = null;
        }
    }

    private void checkStall() {
        long now = nanos.getAsLong();
        if (!connected && attemptStarted != -1 && now - attemptStarted > config.stallTimeout().toNanos()) {
            // a stopped process still accepts connections (the kernel does): it just never answers
            lost(generation, "no answer within " + config.stallTimeout().toMillis() + " ms");
        } else if (connected && now - lastHeard > config.stallTimeout().toNanos()) {
            Log.warnf("The change stream of %s sent nothing for %d ms: reconnecting", service,
                    config.stallTimeout().toMillis());
            lost(generation, "stalled");
        }
    }

    /** Reads the service's latest revision; {@code then} runs once it is known or could not be read. */
    private void probe(Runnable then) {
        if (probing && then == null && !unconfirmed) {
            unconfirmed = true; // the previous probe is a whole interval late
            updateBehind();
        }
        if (probing || stopped) {
            if (then != null) {
                then.run();
            }
            return;
        }
        probing = true;
        long probeSent = nanos.getAsLong();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET)
                .setAbsoluteURI(base.resolve("changes/latest").toString()).putHeader("Accept", "application/json")
                .setTimeout(Math.max(500, config.probeInterval().toMillis() * 2));
        http.request(request).compose(sent -> sent.send()).compose(response -> response.statusCode() == 200
                ? response.body() : io.vertx.core.Future.failedFuture("HTTP " + response.statusCode()))
                .onComplete(done -> {
                    probing = false;
                    if (done.succeeded()) {
                        try {
                            JsonNode revision = json.readTree(done.result().getBytes()).path("revision");
                            if (!revision.canConvertToLong()) {
                                throw new IllegalArgumentException("no revision in " + done.result());
                            }
                            long newest = revision.asLong();
                            latest = Math.max(latest, newest);
                            if (applied < 0) {
                                applied = newest; // first connection: only what is committed from now on
                            }
                            unconfirmed = false;
                            confirmedAt = probeSent;
                        } catch (Exception unreadable) {
                            Log.debugf("Unreadable latest revision from %s: %s", service, unreadable);
                            unconfirmed = true;
                        }
                    } else {
                        unconfirmed = true;
                    }
                    updateBehind();
                    if (then != null) {
                        then.run();
                    }
                });
    }

    private void updateBehind() {
        boolean caughtUp = connected && !unconfirmed && (applied < 0 || latest <= applied);
        if (caughtUp) {
            behindSince = null;
        } else if (behindSince == null) {
            // Unconfirmed: it was last known caught up when the last answered probe was sent, not now.
            behindSince = unconfirmed ? confirmedAt : nanos.getAsLong();
        }
    }
}
