package io.summitry.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands between the gateway and a real service: passes every request through, unless a test asks it to misbehave
 * (slow, 500, garbage JSON, a problem+json refusal) to inject a fault the real service would not produce on demand.
 */
final class FaultProxy {

    /** How the proxy answers. */
    enum Mode {
        PASS_THROUGH, SLOW, SERVER_ERROR, GARBAGE, BAD_REQUEST, CONFLICT
    }

    static final long SLOW_MILLIS = 8000;
    private static final List<String> REQUEST_HEADERS = List.of("Content-Type", "Accept", "If-Match", "Authorization",
            "traceparent", "tracestate", "Summitry-Note");
    private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "ETag", "Location");

    private final URI target;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    volatile Mode mode = Mode.PASS_THROUGH;

    private FaultProxy(URI target) {
        this.target = target;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fault-proxy");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    static FaultProxy to(URI target) {
        return new FaultProxy(target);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        switch (mode) {
            case PASS_THROUGH -> forward(exchange, body);
            case SLOW -> {
                sleep();
                forward(exchange, body);
            }
            case SERVER_ERROR -> send(exchange, 500, "application/problem+json",
                    "{\"status\":500,\"title\":\"Internal Server Error\",\"detail\":\"incident 42\"}");
            case GARBAGE -> send(exchange, 200, "application/json", "{\"id\": not json");
            case BAD_REQUEST -> send(exchange, 400, "application/problem+json", """
                    {"status":400,"title":"Bad Request","detail":"Invalid input",
                     "errors":[{"field":"nationality","message":"must be an ISO 3166-1 alpha-2 code such as KR"}]}""");
            case CONFLICT -> send(exchange, 409, "application/problem+json",
                    "{\"status\":409,\"title\":\"Conflict\",\"detail\":\"The version is stale\"}");
        }
    }

    private void forward(HttpExchange exchange, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : REQUEST_HEADERS) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException unreachable) {
            // the real service is down: so is the proxy
            exchange.close();
            return;
        }
        for (String header : RESPONSE_HEADERS) {
            response.headers().firstValue(header).ifPresent(v -> exchange.getResponseHeaders().set(header, v));
        }
        byte[] answer = response.body();
        exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
        try (var out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(SLOW_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
