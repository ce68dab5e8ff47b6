package io.summitry.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * WireMock servers standing for the services a Quarkus app calls, one per REST client, so that tests of what the app
 * does itself (limits, HTTP edge cases, persisted queries, CORS…) run without starting the services and their
 * database. Each server listens on 127.0.0.1 on a free port, answers the stubs under {@code stubs/<client>/mappings}
 * on the test class path (their bodies under {@code stubs/<client>/__files}), and {@code quarkus.rest-client.<client>
 * .url} points at it. A call no stub matches is answered 404 by WireMock.
 * <p>
 * The clients are named by the init argument {@code clients}, comma-separated (in a test profile:
 * {@code new TestResourceEntry(ServiceStubs.class, Map.of("clients", "people,meetings"))}).
 */
public class ServiceStubs implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, WireMockServer> RUNNING = new ConcurrentHashMap<>();

    private List<String> clients = List.of();

    /** The running server standing for this client, to add stubs or check the calls it got. */
    public static WireMockServer of(String client) {
        WireMockServer server = RUNNING.get(client);
        if (server == null) {
            throw new IllegalStateException("No stub server for '" + client + "': name it in ServiceStubs' clients");
        }
        return server;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        clients = List.of(initArgs.getOrDefault("clients", "").split("\\s*,\\s*"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new LinkedHashMap<>();
        for (String client : clients) {
            WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                    .usingFilesUnderClasspath("stubs/" + client));
            server.start();
            RUNNING.put(client, server);
            config.put("quarkus.rest-client." + client + ".url", server.baseUrl());
        }
        return config;
    }

    @Override
    public void stop() {
        for (String client : clients) {
            WireMockServer server = RUNNING.remove(client);
            if (server != null) {
                server.stop();
            }
        }
    }
}
