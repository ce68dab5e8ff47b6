package io.summitry.gateway.live.subscription;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.summitry.gateway.live.cache.LiveStubsProfile;
import io.summitry.gateway.live.cache.LiveStubsResource;
import io.summitry.gateway.id.GlobalId;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/** Subscriptions over graphql-transport-ws with a WebSocket client: deliveries and the protocol's edges. */
@QuarkusTest
@TestProfile(LiveStubsProfile.class)
class SubscriptionTest {

    private static final String PERSON_CHANGED = "subscription($id: ID!) { personChanged(id: $id) { revision typename "
            + "nodeId kind editor { id name } fields { field before after } } }";

    @TestHTTPResource("/")
    URL base;

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close();
    }

    @Test
    void shouldDeliverAChangeOfThePersonToItsSubscriber() throws Exception {
        UUID uuid = person();
        Client client = connect("graphql-transport-ws");
        client.send(new JsonObject().put("type", "connection_init"));
        assertThat(client.next().getString("type")).isEqualTo("connection_ack");
        client.send(subscribe("1", PERSON_CHANGED, GlobalId.encode(GlobalId.PERSON, uuid)));
        Thread.sleep(300); // the subscription is open once its existence check has answered

        LiveStubsResource.peopleStream().commit(9001, "Position", UUID.randomUUID().toString(), "Person",
                uuid.toString());
        LiveStubsResource.peopleStream().commit(9002, "Person", UUID.randomUUID().toString()); // someone else

        JsonObject next = client.next();
        assertThat(next.getString("type")).isEqualTo("next");
        assertThat(next.getString("id")).isEqualTo("1");
        JsonObject change = next.getJsonObject("payload").getJsonObject("data").getJsonObject("personChanged");
        assertThat(change.getString("revision")).isEqualTo("9001");
        assertThat(change.getString("typename")).isEqualTo("Position");
        assertThat(change.getJsonObject("editor").getString("name")).isEqualTo("Ann");
        assertThat(client.messages.poll(500, TimeUnit.MILLISECONDS)).as("nothing of another person").isNull();
    }

    @Test
    void shouldLookAPersonUpOnceForSubscribersOpeningAtOnce() throws Exception {
        UUID uuid = UUID.randomUUID();
        // a slow answer keeps the first look-up under way while the others subscribe
        LiveStubsResource.services().stubFor(get(urlEqualTo("/people/" + uuid)).willReturn(aResponse()
                .withFixedDelay(1500).withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + uuid
                        + "\",\"name\":\"Ann\",\"otherNames\":[],\"version\":1}")));
        java.util.List<Client> clients = new java.util.ArrayList<>();
        for (int c = 0; c < 4; c++) {
            Client client = connect("graphql-transport-ws");
            client.send(new JsonObject().put("type", "connection_init"));
            assertThat(client.next().getString("type")).isEqualTo("connection_ack");
            clients.add(client);
        }
        for (Client client : clients) {
            client.send(subscribe("1", PERSON_CHANGED, GlobalId.encode(GlobalId.PERSON, uuid)));
            client.send(subscribe("2", PERSON_CHANGED, GlobalId.encode(GlobalId.PERSON, uuid)));
        }
        Thread.sleep(2500);

        LiveStubsResource.peopleStream().commit(9101, "Person", uuid.toString());
        for (Client client : clients) {
            for (int i = 0; i < 2; i++) {
                JsonObject next = client.next();
                assertThat(next.getString("type")).as(next.encode()).isEqualTo("next");
                assertThat(next.getJsonObject("payload").getJsonObject("data").getJsonObject("personChanged")
                        .getString("revision")).isEqualTo("9101");
            }
        }
        assertThat(LiveStubsResource.services().findAll(com.github.tomakehurst.wiremock.client.WireMock
                .getRequestedFor(urlEqualTo("/people/" + uuid)))).as("look-ups of the person for 8 subscribers")
                .hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void shouldAnswerAnUnknownIdWithAnErrorMessage() throws Exception {
        UUID unknown = UUID.randomUUID();
        LiveStubsResource.services().stubFor(get(urlEqualTo("/people/" + unknown)).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"title\":\"Not Found\"}")));
        Client client = connect("graphql-transport-ws");
        client.send(new JsonObject().put("type", "connection_init"));
        client.next();
        client.send(subscribe("7", PERSON_CHANGED, GlobalId.encode(GlobalId.PERSON, unknown)));

        JsonObject error = client.next();
        assertThat(error.getString("id")).isEqualTo("7");
        assertThat(error.encode()).contains("NOT_FOUND");
    }

    @Test
    void shouldCloseOnASubscriptionBeforeInit() throws Exception {
        Client client = connect("graphql-transport-ws");
        client.send(subscribe("1", PERSON_CHANGED, GlobalId.encode(GlobalId.PERSON, UUID.randomUUID())));
        assertThat(client.closed.get(5, TimeUnit.SECONDS)).isEqualTo((short) 4401);
    }

    @Test
    void shouldCloseOnASecondConnectionInit() throws Exception {
        Client client = connect("graphql-transport-ws");
        client.send(new JsonObject().put("type", "connection_init"));
        client.send(new JsonObject().put("type", "connection_init"));
        assertThat(client.closed.get(5, TimeUnit.SECONDS)).isEqualTo((short) 4429);
    }

    @Test
    void shouldCloseOnAMalformedMessage() throws Exception {
        Client client = connect("graphql-transport-ws");
        client.socket.writeTextMessage("{not json");
        assertThat(client.closed.get(5, TimeUnit.SECONDS)).isEqualTo((short) 4400);
    }

    @Test
    void shouldCloseOnAnOversizedMessage() throws Exception {
        Client client = connect("graphql-transport-ws");
        client.send(new JsonObject().put("type", "connection_init").put("payload",
                new JsonObject().put("padding", "x".repeat(70_000))));
        assertThat(client.closed.get(5, TimeUnit.SECONDS)).isEqualTo(LiveWebSocket.TOO_BIG);
    }

    @Test
    void shouldCloseAConnectionThatNeverInitialises() throws Exception {
        Client client = connect("graphql-transport-ws");
        assertThat(client.closed.get(5, TimeUnit.SECONDS)).isEqualTo(LiveWebSocket.INIT_TIMEOUT);
    }

    @Test
    void shouldRefuseSubscriptionsOverTheLimitOfAConnection() throws Exception {
        UUID uuid = person();
        Client client = connect("graphql-ws");
        client.send(new JsonObject().put("type", "connection_init"));
        assertThat(client.next().getString("type")).isEqualTo("connection_ack");
        for (String id : new String[] { "a", "b", "c" }) {
            client.send(new JsonObject().put("type", "start").put("id", id).put("payload", new JsonObject()
                    .put("query", PERSON_CHANGED).put("variables", new JsonObject().put("id",
                            GlobalId.encode(GlobalId.PERSON, uuid)))));
        }
        JsonObject refused = client.nextOtherThan("ka");
        assertThat(refused.getString("id")).isEqualTo("c");
        assertThat(refused.encode()).contains("TOO_MANY_SUBSCRIPTIONS");
    }

    private UUID person() {
        UUID uuid = UUID.randomUUID();
        LiveStubsResource.services().stubFor(get(urlEqualTo("/people/" + uuid)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + uuid
                        + "\",\"name\":\"Ann\",\"otherNames\":[],\"version\":1}")));
        return uuid;
    }

    private static JsonObject subscribe(String id, String query, String variable) {
        return new JsonObject().put("type", "subscribe").put("id", id).put("payload",
                new JsonObject().put("query", query).put("variables", new JsonObject().put("id", variable)));
    }

    private Client connect(String protocol) throws Exception {
        Client client = new Client();
        client.socket = vertx.createWebSocketClient().connect(new WebSocketConnectOptions().setHost(base.getHost())
                .setPort(base.getPort()).setURI("/graphql").addSubProtocol(protocol)).toCompletionStage()
                .toCompletableFuture().get(5, TimeUnit.SECONDS);
        client.socket.textMessageHandler(text -> client.messages.add(new JsonObject(text)));
        client.socket.closeHandler(closed -> client.closed.complete(client.socket.closeStatusCode()));
        return client;
    }

    private static final class Client {
        WebSocket socket;
        final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        final CompletableFuture<Short> closed = new CompletableFuture<>();

        void send(JsonObject message) {
            socket.writeTextMessage(message.encode());
        }

        JsonObject next() throws InterruptedException {
            return nextOtherThan("ping");
        }

        JsonObject nextOtherThan(String skipped) throws InterruptedException {
            while (true) {
                JsonObject message = messages.poll(5, TimeUnit.SECONDS);
                assertThat(message).as("a message within 5 s").isNotNull();
                if (!skipped.equals(message.getString("type")) && !"ka".equals(message.getString("type"))) {
                    return message;
                }
            }
        }
    }
}
