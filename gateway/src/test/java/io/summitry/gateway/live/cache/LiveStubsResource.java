package io.summitry.gateway.live.cache;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.summitry.gateway.live.stream.StubChangeStream;
import io.summitry.testing.TestTokens;
import io.vertx.core.Vertx;

/**
 * Both services as WireMock stubs (one server: their paths do not overlap) and each service's change stream as a
 * {@link StubChangeStream}, all on 127.0.0.1 with dynamic ports; writes are checked against {@link TestTokens}' key.
 */
public class LiveStubsResource implements QuarkusTestResourceLifecycleManager {

    static WireMockServer services;
    static StubChangeStream peopleStream;
    static StubChangeStream meetingsStream;
    private static Vertx vertx;

    public static WireMockServer services() {
        return services;
    }

    public static StubChangeStream peopleStream() {
        return peopleStream;
    }

    @Override
    public Map<String, String> start() {
        services = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        services.start();
        vertx = Vertx.vertx();
        try {
            peopleStream = new StubChangeStream(vertx).start();
            meetingsStream = new StubChangeStream(vertx).start();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the stub change streams", e);
        }
        return Map.ofEntries(Map.entry("quarkus.rest-client.people.url", services.baseUrl()),
                Map.entry("summitry.response-cache.enabled", "true"),
                // small limits, so the subscription tests reach them
                Map.entry("summitry.subscriptions.connection-init-timeout", "2s"),
                Map.entry("summitry.subscriptions.max-per-connection", "2"),
                Map.entry("summitry.subscriptions.max-message-bytes", "65536"),
                Map.entry(
                "quarkus.rest-client.meetings.url", services.baseUrl()),
                Map.entry("summitry.change-stream.people-url", peopleStream.url()),
                Map.entry("summitry.change-stream.meetings-url", meetingsStream.url()),
                Map.entry("summitry.change-stream.probe-interval", "50ms"),
                Map.entry("summitry.change-stream.initial-backoff", "20ms"),
                Map.entry("summitry.change-stream.max-backoff", "100ms"),
                Map.entry("mp.jwt.verify.publickey.location", TestTokens.publicKey().toUri().toString()));
    }

    @Override
    public void stop() {
        try {
            peopleStream.close();
            meetingsStream.close();
        } catch (Exception ignored) {
            // the JVM ends with the test run
        }
        if (vertx != null) {
            vertx.close();
        }
        if (services != null) {
            services.stop();
        }
    }
}
