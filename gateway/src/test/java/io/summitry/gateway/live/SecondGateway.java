package io.summitry.gateway.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.summitry.gateway.GatewayStackResource;
import io.summitry.stack.App;
import io.summitry.stack.LocalStack;

/**
 * A second gateway replica over the test stack's services: the packaged gateway (the jar or native executable that
 * {@code package} built before the integration tests run, as {@code target/quarkus-artifact.properties} names it)
 * started as a process of its own, next to the one {@code @QuarkusIntegrationTest} starts from the same artifact. Both
 * have the response cache on. A container image is not supported.
 */
public class SecondGateway implements QuarkusTestResourceLifecycleManager {

    private static final Duration READY = Duration.ofSeconds(90);
    private static Process process;
    private static URI url;

    /** The second gateway's base URL. */
    static URI url() {
        return url;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(new GatewayStackResource().start());
        config.put("summitry.response-cache.enabled", "true");
        Path gateway = LocalStack.findProjectRoot(Path.of("").toAbsolutePath()).resolve(App.GATEWAY.module());
        Properties artifact = packaged(gateway.resolve("target"));
        Path runnable = gateway.resolve("target").resolve(artifact.getProperty("path", ""));
        boolean jar = "jar".equals(artifact.getProperty("type"));
        if (!jar && !"native".equals(artifact.getProperty("type")) || !Files.isRegularFile(runnable)) {
            throw new IllegalStateException("Not a packaged jar or native executable: " + artifact);
        }
        int port = freePort();
        List<String> command = new ArrayList<>();
        if (jar) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(LocalStack.LAPTOP_JVM_OPTIONS);
        } else {
            command.add(runnable.toString());
        }
        Map<String, String> own = new HashMap<>(config);
        // straight to the services: the first gateway's people-service proxy is its own test's business
        own.put("quarkus.rest-client.people.url", GatewayStackResource.stack().baseUri(App.PEOPLE).toString());
        own.put("quarkus.http.host", "127.0.0.1");
        own.put("quarkus.http.port", Integer.toString(port));
        own.forEach((key, value) -> command.add("-D" + key + "=" + value));
        if (jar) {
            command.add("-jar");
            command.add(runnable.toString());
        }
        Path log = gateway.resolve("target/second-gateway.log");
        try {
            process = new ProcessBuilder(command).directory(gateway.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the second gateway", e);
        }
        url = URI.create("http://127.0.0.1:" + port + "/");
        awaitReady(log);
        return config;
    }

    /** What {@code package} built, as {@code @QuarkusIntegrationTest} reads it: {@code type} and {@code path}. */
    private static Properties packaged(Path target) {
        Properties artifact = new Properties();
        try (var in = Files.newBufferedReader(target.resolve("quarkus-artifact.properties"))) {
            artifact.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Nothing packaged in " + target + ": run this as an integration test", e);
        }
        return artifact;
    }

    private static void awaitReady(Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The second gateway exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(url.resolve("/q/health/ready")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The second gateway was not ready within " + READY + "; see " + log);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            process = null;
        }
    }
}
