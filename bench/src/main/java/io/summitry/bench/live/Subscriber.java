package io.summitry.bench.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One front end following one meeting over graphql-transport-ws: its own WebSocket, {@code connection_init}, then
 * {@code subscribe} to {@code meetingChanged}. Each {@code next} is kept with the instant it arrived and the change's
 * commit time ({@code at}), so that delivery is measured on the one clock of this machine.
 */
public final class Subscriber implements WebSocket.Listener {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUBSCRIBE = "subscription($id: ID!) { meetingChanged(id: $id) { revision at kind } }";

    /** A change as this subscriber received it. */
    public record Delivery(String revision, Instant at, Instant received) {
        public long millis() {
            return Duration.between(at, received).toMillis();
        }
    }

    private final CompletableFuture<Void> acknowledged = new CompletableFuture<>();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile String failure;
    private WebSocket socket;

    private Subscriber() {
    }

    /** Connects, initialises and subscribes; completes once the server acknowledged the connection. */
    public static CompletableFuture<Subscriber> subscribe(HttpClient http, URI graphql, String meetingId) {
        Subscriber subscriber = new Subscriber();
        URI ws = URI.create(graphql.toString().replaceFirst("^http", "ws"));
        return http.newWebSocketBuilder().subprotocols("graphql-transport-ws").connectTimeout(Duration.ofSeconds(30))
                .buildAsync(ws, subscriber)
                .thenCompose(socket -> {
                    subscriber.socket = socket;
                    return socket.sendText("{\"type\":\"connection_init\"}", true);
                })
                .thenCompose(socket -> subscriber.acknowledged)
                .thenCompose(ack -> subscriber.socket.sendText(json(Map.of("id", "1", "type", "subscribe", "payload",
                        Map.of("query", SUBSCRIBE, "variables", Map.of("id", meetingId)))), true))
                .thenApply(socket -> subscriber);
    }

    public List<Delivery> deliveries() {
        return deliveries;
    }

    /** What went wrong on this connection (an error message, a close), or null. */
    public String failure() {
        return failure;
    }

    public void close() {
        if (socket != null) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            Instant received = Instant.now();
            String text = partial.toString();
            partial.setLength(0);
            try {
                JsonNode message = JSON.readTree(text);
                switch (message.path("type").asText()) {
                    case "connection_ack" -> acknowledged.complete(null);
                    case "next" -> {
                        JsonNode change = message.at("/payload/data/meetingChanged");
                        if (change.isMissingNode() || change.isNull()) {
                            failure = text;
                        } else {
                            deliveries.add(new Delivery(change.path("revision").asText(),
                                    Instant.parse(change.path("at").asText()), received));
                        }
                    }
                    case "ping" -> webSocket.sendText("{\"type\":\"pong\"}", true);
                    case "error", "complete" -> failure = text;
                    default -> {
                    }
                }
            } catch (Exception e) {
                failure = e + ": " + text;
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (statusCode != WebSocket.NORMAL_CLOSURE) {
            failure = "closed " + statusCode + " " + reason;
        }
        acknowledged.completeExceptionally(new IllegalStateException("closed " + statusCode + " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        failure = error.toString();
        acknowledged.completeExceptionally(error);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
