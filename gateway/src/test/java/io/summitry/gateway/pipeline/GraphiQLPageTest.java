package io.summitry.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.summitry.gateway.StubbedServices;
import io.summitry.testing.Chromium;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The GraphiQL page the README advertises, opened in headless Chromium as a developer would: it loads the schema
 * through the standard introspection query and shows the schema's documentation. Driven with WebDriver's HTTP protocol
 * through chromedriver (Debian's {@code chromium} and {@code chromium-driver}, installed by {@link Chromium} when
 * missing); a machine where they cannot be had fails this test rather than skipping it.
 */
@QuarkusTest
@TestProfile(StubbedServices.class)
class GraphiQLPageTest {

    @TestHTTPResource("/q/graphql-ui/")
    URI page;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldShowTheSchemaDocumentationInGraphiQL() throws Exception {
        Path chromium = Chromium.browser();
        Path chromedriver = Chromium.driver();
        Path profile = Files.createTempDirectory("graphiql-chromium");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process driver = new ProcessBuilder(chromedriver.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String base = "http://127.0.0.1:" + port;
        String session = null;
        try {
            awaitReady(base);
            JsonObject options = new JsonObject().put("binary", chromium.toString()).put("args",
                    new JsonArray(List.copyOf(Chromium.headlessArguments(profile))));
            JsonObject created = call("POST", base + "/session", new JsonObject().put("capabilities",
                    new JsonObject().put("alwaysMatch", new JsonObject().put("browserName", "chrome")
                            .put("goog:chromeOptions", options))));
            session = base + "/session/" + created.getJsonObject("value").getString("sessionId");
            call("POST", session + "/url", new JsonObject().put("url", page.toString()));

            String docsButton = await(session, "//button[contains(@aria-label, 'Documentation Explorer')]");
            call("POST", session + "/element/" + docsButton + "/click", new JsonObject());
            // the explorer lists the root types once the introspection answer is in; then the fields of Query
            String query = await(session, "//*[contains(@class, 'doc-explorer')]//a[text()='Query']");
            call("POST", session + "/element/" + query + "/click", new JsonObject());
            String meetings = await(session, "//*[contains(@class, 'doc-explorer')]//*[text()='meetings']");
            assertThat(meetings).isNotBlank();
            String text = call("POST", session + "/execute/sync", new JsonObject()
                    .put("script", "return document.body.innerText;").put("args", new JsonArray()))
                    .getString("value");
            assertThat(text).doesNotContain("QUERY_TOO_COMPLEX").doesNotContain("INTERNAL");
        } finally {
            if (session != null) {
                try {
                    call("DELETE", session, null);
                } catch (RuntimeException | IOException ignored) {
                    // the driver is stopped below anyway
                }
            }
            driver.destroy();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private void awaitReady(String base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (call("GET", base + "/status", null).getJsonObject("value").getBoolean("ready", false)) {
                    return;
                }
            } catch (IOException notYet) {
                // chromedriver is still starting
            }
            Thread.sleep(100);
        }
        fail("chromedriver did not start within 20 s");
    }

    /** The WebDriver id of the first element at this XPath, waiting up to 60 s for it to appear. */
    private String await(String session, String xpath) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            last = call("POST", session + "/elements", new JsonObject().put("using", "xpath").put("value", xpath));
            JsonArray found = last.getJsonArray("value");
            if (found != null && !found.isEmpty()) {
                JsonObject element = found.getJsonObject(0);
                return element.getString(element.fieldNames().iterator().next());
            }
            Thread.sleep(200);
        }
        String text = call("POST", session + "/execute/sync", new JsonObject()
                .put("script", "return document.body.innerText;").put("args", new JsonArray())).getString("value");
        String probe = call("POST", session + "/execute/async", new JsonObject().put("script", """
                const done = arguments[arguments.length - 1];
                fetch('/graphql', {method: 'POST', headers: {'Accept': 'application/json',
                    'Content-Type': 'application/json'}, body: JSON.stringify({query: '{ __schema { queryType { name } } }'})})
                  .then(r => r.text().then(t => done(r.status + ' ' + t.slice(0, 500))))
                  .catch(e => done('fetch failed: ' + e));""").put("args", new JsonArray())).getString("value");
        return fail("GraphiQL never showed " + xpath + "; the page says: " + text + "; a fetch of the schema from the page"
                + " answers: " + probe);
    }

    private JsonObject call(String method, String url, JsonObject body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body.encode()));
        try {
            String answer = http.send(request.build(), BodyHandlers.ofString()).body();
            return answer.isBlank() ? new JsonObject() : new JsonObject(answer);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException(interrupted);
        }
    }
}
