package io.summitry.gateway.live.subscription;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.graphql.websocket.GraphQLWebsocketHandler;
import io.smallrye.graphql.websocket.graphqltransportws.GraphQLTransportWSSubprotocolHandler;
import io.smallrye.graphql.websocket.graphqlws.GraphQLWSSubprotocolHandler;
import io.summitry.gateway.error.ErrorCode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * GraphQL over WebSocket on {@code /graphql}, graphql-transport-ws and the older graphql-ws, with the gateway's limits
 * around smallrye-graphql's protocol handlers (which answer a second {@code connection_init} with 4429, an operation
 * before it with 4401, a malformed message with 4400, and send the protocol's keep-alive):
 * <ul>
 * <li>connections per client address ({@code max-connections-per-address}): one more is refused with HTTP 429;</li>
 * <li>{@code connection_init} timeout: 4408, as graphql-transport-ws says;</li>
 * <li>a message over {@code max-message-bytes}: 1009 (Message Too Big);</li>
 * <li>subscriptions per connection: one more is answered with an {@code error} message TOO_MANY_SUBSCRIPTIONS, the
 * connection stays;</li>
 * <li>a client that does not read what it is sent ({@code max-queued-bytes} unsent): 4503, so nothing is buffered
 * without bound;</li>
 * <li>WebSocket pings every {@code keep-alive}.</li>
 * </ul>
 * It takes the upgrade requests before Quarkus's own handler, which has no such limits.
 */
@ApplicationScoped
public class LiveWebSocket {

    public static final short INIT_TIMEOUT = 4408;
    public static final short SLOW_CONSUMER = 4503;
    public static final short TOO_BIG = 1009;

    private final SubscriptionConfig config;
    private final String path;
    private final Map<String, AtomicInteger> perAddress = new ConcurrentHashMap<>();

    LiveWebSocket(SubscriptionConfig config,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String path) {
        this.config = config;
        this.path = path;
    }

    void install(@Observes Router router) {
        router.route(path).order(-101).handler(this::upgrade);
    }

    private void upgrade(RoutingContext context) {
        String upgrade = context.request().getHeader(HttpHeaders.UPGRADE);
        if (upgrade == null || !upgrade.equalsIgnoreCase("websocket")) {
            context.next();
            return;
        }
        String address = context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress();
        AtomicInteger open = perAddress.computeIfAbsent(address, a -> new AtomicInteger());
        if (open.incrementAndGet() > config.maxConnectionsPerAddress()) {
            release(address, open);
            context.response().setStatusCode(429).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(Json
                            .createObjectBuilder().add("message", "Too many WebSocket connections from this address (at most "
                                    + config.maxConnectionsPerAddress() + ", summitry.subscriptions.max-connections-per-address)")
                            .add("extensions", Json.createObjectBuilder().add("code", "TOO_MANY_CONNECTIONS"))))
                            .build().toString());
            return;
        }
        Map<String, Object> metadata = new HashMap<>();
        context.request().toWebSocket().onComplete(done -> {
            if (done.failed()) {
                release(address, open);
                return;
            }
            ServerWebSocket socket = done.result();
            socket.setWriteQueueMaxSize(config.maxQueuedBytes());
            Session session = new Session(socket);
            GraphQLWebsocketHandler handler;
            if ("graphql-transport-ws".equals(socket.subProtocol())) {
                handler = new GraphQLTransportWSSubprotocolHandler(session, metadata);
            } else if ("graphql-ws".equals(socket.subProtocol())) {
                handler = new GraphQLWSSubprotocolHandler(session, metadata);
            } else {
                socket.close((short) 4406, "Subprotocol not acceptable: graphql-transport-ws or graphql-ws");
                release(address, open);
                return;
            }
            Connection connection = new Connection(socket, session, handler);
            long initTimer = context.vertx().setTimer(config.connectionInitTimeout().toMillis(), id -> {
                if (!connection.initialised && !socket.isClosed()) {
                    socket.close(INIT_TIMEOUT, "Connection initialisation timeout");
                }
            });
            long pings = context.vertx().setPeriodic(Math.max(100, config.keepAlive().toMillis()), id -> {
                if (!socket.isClosed()) {
                    socket.writePing(io.vertx.core.buffer.Buffer.buffer());
                }
            });
            socket.closeHandler(closed -> {
                context.vertx().cancelTimer(initTimer);
                context.vertx().cancelTimer(pings);
                release(address, open);
                handler.onClose();
            });
            socket.endHandler(ended -> handler.onEnd());
            socket.exceptionHandler(handler::onThrowable);
            socket.textMessageHandler(connection::received);
        });
    }

    private void release(String address, AtomicInteger open) {
        if (open.decrementAndGet() <= 0) {
            perAddress.remove(address, open);
        }
    }

    /** One connection: counts its subscriptions and checks each message before smallrye's handler reads it. */
    private final class Connection {
        private final ServerWebSocket socket;
        private final Session session;
        private final GraphQLWebsocketHandler handler;
        private final java.util.Set<String> subscriptions = ConcurrentHashMap.newKeySet();
        private volatile boolean initialised;

        Connection(ServerWebSocket socket, Session session, GraphQLWebsocketHandler handler) {
            this.socket = socket;
            this.session = session;
            this.handler = handler;
            session.onComplete = subscriptions::remove;
        }

        void received(String message) {
            if (message.length() > config.maxMessageBytes()
                    || message.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > config.maxMessageBytes()) {
                socket.close(TOO_BIG, "Message over " + config.maxMessageBytes() + " bytes");
                return;
            }
            JsonObject json = parse(message);
            if (json != null) {
                String type = json.getString("type", "");
                if (type.equals("connection_init")) {
                    initialised = true;
                } else if ((type.equals("subscribe") || type.equals("start")) && initialised
                        && json.get("id") instanceof jakarta.json.JsonString id) {
                    if (!subscriptions.contains(id.getString())
                            && subscriptions.size() >= config.maxPerConnection()) {
                        session.send(Json.createObjectBuilder().add("type", "error").add("id", id.getString())
                                .add("payload", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                        .add("message", "At most " + config.maxPerConnection()
                                                + " subscriptions on one connection (summitry.subscriptions.max-per-connection)")
                                        .add("extensions", Json.createObjectBuilder()
                                                .add("code", ErrorCode.TOO_MANY_SUBSCRIPTIONS.name()))))
                                .build().toString());
                        return;
                    }
                    subscriptions.add(id.getString());
                } else if (type.equals("complete") || type.equals("stop")) {
                    if (json.get("id") instanceof jakarta.json.JsonString id) {
                        subscriptions.remove(id.getString());
                    }
                }
            }
            handler.onMessage(message); // smallrye answers a malformed message itself (4400)
        }
    }

    private static JsonObject parse(String message) {
        try (JsonReader reader = Json.createReader(new java.io.StringReader(message))) {
            return reader.read() instanceof JsonObject object ? object : null;
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    /** smallrye's view of the connection; a client that stops reading is closed, not buffered for. */
    static final class Session implements GraphQLWebSocketSession {
        private final ServerWebSocket socket;
        java.util.function.Consumer<String> onComplete = id -> {
        };

        Session(ServerWebSocket socket) {
            this.socket = socket;
        }

        @Override
        public void sendMessage(String message) {
            send(message);
        }

        void send(String message) {
            if (socket.isClosed()) {
                return;
            }
            if (socket.writeQueueFull()) {
                Log.debug("Closing a WebSocket whose client does not read what it is sent");
                socket.close(SLOW_CONSUMER, "Slow consumer: too much unsent");
                return;
            }
            if (message.startsWith("{\"type\":\"complete\"") || message.contains("\"type\":\"complete\"")
                    || message.contains("\"type\":\"error\"")) {
                JsonObject json = parse(message);
                if (json != null && json.get("id") instanceof jakarta.json.JsonString id) {
                    onComplete.accept(id.getString());
                }
            }
            socket.writeTextMessage(message);
        }

        @Override
        public void close(short status, String reason) {
            if (!socket.isClosed()) {
                socket.close(status, reason);
            }
        }

        @Override
        public boolean isClosed() {
            return socket.isClosed();
        }
    }
}
