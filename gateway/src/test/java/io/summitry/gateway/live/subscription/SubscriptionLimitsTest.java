package io.summitry.gateway.live.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.summitry.gateway.live.cache.LiveStubsProfile;
import io.summitry.gateway.live.cache.LiveStubsResource;
import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/**
 * The limits that protect the gateway from its WebSocket clients, set low here: connections per client address
 * (one more is refused with HTTP 429) and a client that stops reading (closed with 4503 once its unsent bytes pass
 * the bound, rather than buffered without end).
 */
@QuarkusTest
@TestProfile(SubscriptionLimitsTest.LowLimits.class)
class SubscriptionLimitsTest {

    static final int CONNECTIONS = 3;
    static final int QUEUED_BYTES = 16 * 1024;
    static final int SUBSCRIPTIONS = 20;
    /** Revisions sent to the stalled client: 20 subscriptions each, far more than the socket buffers hold. */
    static final int REVISIONS = 1500;

    public static class LowLimits extends LiveStubsProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summitry.subscriptions.max-connections-per-address", Integer.toString(CONNECTIONS),
                    "summitry.subscriptions.max-queued-bytes", Integer.toString(QUEUED_BYTES),
                    "summitry.subscriptions.max-per-connection", Integer.toString(SUBSCRIPTIONS));
        }
    }

    static final String CHANGES = "subscription { changes { revision at kind typename nodeId editor { id name }"
            + " fields { field before after } note } }";

    @TestHTTPResource("/")
    URL base;

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close();
    }

    @Test
    void shouldRefuseOneConnectionMoreThanTheLimitFromOneAddress() throws Exception {
        List<WebSocket> open = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            open.add(connect(new WebSocketClientOptions()));
        }

        Throwable refused = catchThrowable(() -> connect(new WebSocketClientOptions()));

        assertThat(refused).isInstanceOf(ExecutionException.class).cause().isInstanceOf(UpgradeRejectedException.class);
        UpgradeRejectedException rejection = (UpgradeRejectedException) refused.getCause();
        assertThat(rejection.getStatus()).isEqualTo(429);
        assertThat(rejection.getBody().toString()).contains("TOO_MANY_CONNECTIONS");

        // a closed connection frees its place
        open.remove(0).close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        WebSocket again = null;
        while (again == null) {
            try {
                again = connect(new WebSocketClientOptions());
            } catch (ExecutionException stillCounted) {
                assertThat(System.nanoTime()).as("a place freed within 5 s").isLessThan(end);
                Thread.sleep(50);
            }
        }
        assertThat(again.isClosed()).isFalse();
    }

    @Test
    void shouldCloseAClientThatStopsReadingWith4503() throws Exception {
        // a small receive window, so that what the client does not read stays in the gateway
        WebSocket socket = connect(new WebSocketClientOptions().setReceiveBufferSize(8192));
        AtomicInteger changes = new AtomicInteger();
        List<String> others = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<Short> closed = new CompletableFuture<>();
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        socket.textMessageHandler(text -> {
            String type = new JsonObject(text).getString("type");
            if ("connection_ack".equals(type)) {
                acknowledged.complete(null);
            } else if ("next".equals(type)) {
                changes.incrementAndGet();
            } else {
                others.add(text);
            }
        });
        socket.closeHandler(ignored -> closed.complete(socket.closeStatusCode()));
        socket.writeTextMessage(new JsonObject().put("type", "connection_init").encode());
        acknowledged.get(5, TimeUnit.SECONDS);
        for (int i = 1; i <= SUBSCRIPTIONS; i++) {
            socket.writeTextMessage(new JsonObject().put("type", "subscribe").put("id", Integer.toString(i))
                    .put("payload", new JsonObject().put("query", CHANGES)).encode());
        }
        Thread.sleep(500); // the subscriptions are open
        socket.pause();

        long first = 20_000_000L;
        for (long revision = first; revision < first + REVISIONS; revision++) {
            LiveStubsResource.peopleStream().commit(revision, "Person", java.util.UUID.randomUUID().toString());
        }
        Thread.sleep(2000); // the gateway writes until its queue for this client is full
        socket.resume();

        Short code = null;
        try {
            code = closed.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException open) {
            // reported below
        }
        System.out.printf("a client that stopped reading: closed with %s after %d of %d changes; other messages: %s%n",
                code, changes.get(), REVISIONS * SUBSCRIPTIONS, others.stream().map(o -> o.substring(0, Math.min(160,
                        o.length()))).distinct().limit(3).toList());
        assertThat(code).isEqualTo(LiveWebSocket.SLOW_CONSUMER);
        assertThat(changes.get()).as("what was written before the queue filled").isLessThan(REVISIONS * SUBSCRIPTIONS);
    }

    private WebSocket connect(WebSocketClientOptions options) throws Exception {
        return vertx.createWebSocketClient(options).connect(new WebSocketConnectOptions().setHost(base.getHost())
                .setPort(base.getPort()).setURI("/graphql").addSubProtocol("graphql-transport-ws"))
                .toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }
}
