package io.summitry.gateway.live;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/**
 * One graphql-transport-ws connection to a gateway with one subscription open: keeps every change it is sent, and
 * every message that is neither a change nor a keep-alive, so that a test can count what arrived.
 */
final class Subscriber implements AutoCloseable {

    private final List<JsonObject> changes = new CopyOnWriteArrayList<>();
    private final List<JsonObject> others = new CopyOnWriteArrayList<>();
    private final WebSocket socket;

    private Subscriber(WebSocket socket) {
        this.socket = socket;
    }

    /** Connects to {@code gateway}'s {@code /graphql} and subscribes to {@code field} with the document given. */
    static Subscriber open(Vertx vertx, URI gateway, String field, String document, Map<String, Object> variables)
            throws Exception {
        WebSocket socket = vertx.createWebSocketClient().connect(new WebSocketConnectOptions()
                .setHost(gateway.getHost()).setPort(gateway.getPort()).setURI("/graphql")
                .addSubProtocol("graphql-transport-ws")).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        Subscriber subscriber = new Subscriber(socket);
        socket.textMessageHandler(text -> {
            JsonObject message = new JsonObject(text);
            String type = message.getString("type");
            if ("next".equals(type)) {
                subscriber.changes.add(message.getJsonObject("payload").getJsonObject("data").getJsonObject(field));
            } else if ("ping".equals(type)) {
                socket.writeTextMessage(new JsonObject().put("type", "pong").encode());
            } else if (!"connection_ack".equals(type) && !"pong".equals(type) && !"ka".equals(type)) {
                subscriber.others.add(message);
            }
        });
        socket.writeTextMessage(new JsonObject().put("type", "connection_init").encode());
        socket.writeTextMessage(new JsonObject().put("type", "subscribe").put("id", "1").put("payload",
                new JsonObject().put("query", document).put("variables", new JsonObject(variables))).encode());
        return subscriber;
    }

    /** Every change delivered so far, in the order it came. */
    List<JsonObject> changes() {
        return new ArrayList<>(changes);
    }

    /** Messages other than changes and keep-alives: errors, completions. */
    List<JsonObject> others() {
        return new ArrayList<>(others);
    }

    /** Waits until at least {@code count} changes came, at most {@code atMost}; false when they did not. */
    boolean await(int count, Duration atMost) throws InterruptedException {
        long end = System.nanoTime() + atMost.toNanos();
        while (changes.size() < count) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    boolean closed() {
        return socket.isClosed();
    }

    @Override
    public void close() {
        socket.close();
    }
}
