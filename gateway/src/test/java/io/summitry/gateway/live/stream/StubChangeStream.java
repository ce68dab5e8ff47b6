package io.summitry.gateway.live.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerResponse;

/**
 * A service's change stream for tests, on 127.0.0.1: {@code GET /changes/latest} (the latest revision) and
 * {@code GET /changes/stream} resuming after {@code Last-Event-ID}. It can be stalled (stays connected, sends nothing),
 * cut (closes every stream), left without an answer to the probe, stopped and started again on the same port, and made to send again a revision the
 * follower already has.
 */
public final class StubChangeStream implements AutoCloseable {

    private final Vertx vertx;
    private final List<Long> committed = new CopyOnWriteArrayList<>();
    private final List<io.vertx.core.http.HttpServerRequest> streams = new CopyOnWriteArrayList<>();
    /** The Last-Event-ID header of each stream request, "-" when there was none. */
    public final List<String> resumedFrom = new CopyOnWriteArrayList<>();
    private volatile boolean stalled;
    private volatile boolean repeatLast;
    private volatile boolean probesHeld;
    private HttpServer server;
    private long keepAlive = -1;
    private int port;

    public StubChangeStream(Vertx vertx) {
        this.vertx = vertx;
    }

    public StubChangeStream start() throws Exception {
        server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port))
                .requestHandler(request -> {
                    if (request.path().equals("/changes/latest") && probesHeld) {
                        return; // accepted and never answered, as by a stopped process
                    } else if (request.path().equals("/changes/latest")) {
                        request.response().putHeader("Content-Type", "application/json")
                                .end("{\"revision\":" + latest() + "}");
                    } else if (request.path().equals("/changes/stream")) {
                        String last = request.getHeader("Last-Event-ID");
                        resumedFrom.add(last == null ? "-" : last);
                        HttpServerResponse response = request.response().setChunked(true)
                                .putHeader("Content-Type", "text/event-stream");
                        if (stalled) {
                            streams.add(request); // connected, and silent
                            response.closeHandler(closed -> streams.remove(request));
                            return;
                        }
                        response.write(": connected\n\n");
                        long after = last == null ? latest() : Long.parseLong(last);
                        if (repeatLast && after > 0) {
                            after--; // an at-least-once server: the follower must not apply it twice
                        }
                        for (long revision : new ArrayList<>(committed)) {
                            if (revision > after) {
                                response.write(event(revision));
                            }
                        }
                        streams.add(request);
                        response.closeHandler(closed -> streams.remove(request));
                    } else {
                        request.response().setStatusCode(404).end();
                    }
                }).listen().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        port = server.actualPort();
        keepAlive = vertx.setPeriodic(1000, id -> {
            if (!stalled) {
                streams.forEach(s -> s.response().write(": keep-alive\n\n"));
            }
        });
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    private final java.util.Map<Long, String> bodies = new java.util.concurrent.ConcurrentHashMap<>();

    /** Commits a revision changing one record (its own root) and sends it. */
    public void commit(long revision, String typename, String id) {
        commit(revision, typename, id, typename, id);
    }

    /** Commits a revision changing one record of a root and sends it. */
    public void commit(long revision, String typename, String id, String rootTypename, String rootId) {
        bodies.put(revision, "{\"revision\":" + revision + ",\"at\":\"2026-12-07T10:00:00Z\",\"editor\":{\"id\":\"u1\","
                + "\"name\":\"Ann\"},\"kind\":\"UPDATED\",\"typename\":\"" + typename + "\",\"id\":\"" + id
                + "\",\"rootTypename\":\"" + rootTypename + "\",\"rootId\":\"" + rootId + "\",\"fields\":[],\"note\":null}");
        commit(revision);
    }

    /** Commits a revision and sends it to every connected follower, unless stalled. */
    public void commit(long revision) {
        committed.add(revision);
        if (!stalled) {
            vertx.runOnContext(ignored -> streams.forEach(s -> s.response().write(event(revision))));
        }
    }

    public void stall(boolean stalled) {
        this.stalled = stalled;
    }

    /** While held, {@code GET /changes/latest} is accepted and never answered; the streams go on as they are. */
    public void holdProbes(boolean held) {
        this.probesHeld = held;
    }

    public void repeatLastOnResume(boolean repeat) {
        this.repeatLast = repeat;
    }

    /** Ends every open stream as a network cut would. */
    public void cut() {
        vertx.runOnContext(ignored -> streams.forEach(s -> s.connection().close()));
    }

    public void stop() throws Exception {
        vertx.cancelTimer(keepAlive);
        cut();
        server.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    public int connections() {
        return streams.size();
    }

    private long latest() {
        return committed.isEmpty() ? 0 : committed.get(committed.size() - 1);
    }

    private String event(long revision) {
        return "id: " + revision + "\nevent: revision\ndata: [" + bodies.getOrDefault(revision, change(revision))
                + "]\n\n";
    }

    static String change(long revision) {
        return "{\"revision\":" + revision + ",\"at\":\"2026-12-07T10:00:00Z\",\"editor\":{\"id\":\"u1\",\"name\":\"Ann\"},"
                + "\"kind\":\"UPDATED\",\"typename\":\"Participant\",\"id\":\"00000000-0000-0000-0000-00000000000"
                + (revision % 10) + "\",\"rootTypename\":\"Meeting\",\"rootId\":\"11111111-1111-1111-1111-111111111111\","
                + "\"fields\":[{\"field\":\"role\",\"before\":\"\\\"DELEGATE\\\"\",\"after\":\"\\\"HEAD\\\"\"}],"
                + "\"note\":null,\"extraField\":1}";
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
