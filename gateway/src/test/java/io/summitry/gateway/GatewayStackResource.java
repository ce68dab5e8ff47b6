package io.summitry.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.summitry.gateway.observability.OtlpReceiver;
import io.summitry.stack.App;
import io.summitry.stack.LocalStack;

/**
 * Starts the real people-service and meetings-service (their packaged jars, on one embedded PostgreSQL) for the
 * gateway's tests and points the gateway's REST clients at them (people-service through a {@link FaultProxy}). Tests
 * reach the stack to stop and restart a service.
 */
public class GatewayStackResource implements QuarkusTestResourceLifecycleManager {

    private static LocalStack stack;
    private static FaultProxy peopleProxy;

    public static LocalStack stack() {
        return stack;
    }

    /** Sets how the proxy in front of people-service answers; PASS_THROUGH unless a fault test says otherwise. */
    static void peopleFault(FaultProxy.Mode mode) {
        peopleProxy.mode = mode;
    }

    /** Where the running stack is kept for the whole JVM: each test profile loads this class anew. */
    private static final String CURRENT = GatewayStackResource.class.getName() + ".current";

    @Override
    public Map<String, String> start() {
        if (stack == null || !servicesAlive()) {
            // A test profile restarts Quarkus in a new class loader, where this class has no stack yet: stop the
            // previous one (known through a JDK type), so that two stacks never compete for the two cores.
            if (System.getProperties().get(CURRENT) instanceof AutoCloseable previous) {
                try {
                    previous.close();
                } catch (Exception e) {
                    throw new IllegalStateException("Could not stop the previous stack", e);
                }
            }
            // the services run as in production: writes need the editor token, which the gateway forwards
            stack = LocalStack.builder().projectRoot(snapshotOfServices()).app(App.PEOPLE, 0).app(App.MEETINGS, 0)
                    // the services export their spans to a receiver in this JVM (observability.TraceAcrossServicesTest)
                    .config(App.PEOPLE, "quarkus.otel.exporter.otlp.endpoint", OtlpReceiver.shared().url())
                    .config(App.MEETINGS, "quarkus.otel.exporter.otlp.endpoint", OtlpReceiver.shared().url())
                    .config(App.PEOPLE, "quarkus.otel.exporter.otlp.protocol", "http/protobuf")
                    .config(App.MEETINGS, "quarkus.otel.exporter.otlp.protocol", "http/protobuf")
                    .config(App.PEOPLE, "quarkus.otel.bsp.schedule.delay", "100ms")
                    .config(App.MEETINGS, "quarkus.otel.bsp.schedule.delay", "100ms")
                    // SQL spans are off by default (they cost even unsampled); the trace test shows them when on
                    .config(App.PEOPLE, "quarkus.datasource.jdbc.telemetry.enabled", "true")
                    .config(App.MEETINGS, "quarkus.datasource.jdbc.telemetry.enabled", "true")
                    .start();
            System.getProperties().put(CURRENT, stack);
            peopleProxy = FaultProxy.to(stack.baseUri(App.PEOPLE));
        }
        return Map.of(
                "quarkus.rest-client.people.url", peopleProxy.url(),
                "quarkus.rest-client.meetings.url", stack.baseUri(App.MEETINGS).toString(),
                // the change stream straight from the service: the proxy reads whole answers, a stream never ends
                "summitry.change-stream.people-url", stack.baseUri(App.PEOPLE).toString(),
                // the key itself, not its path: under @QuarkusIntegrationTest the gateway may run in a container
                "mp.jwt.verify.publickey", publicKeyContent(),
                "mp.jwt.verify.publickey.location", "NONE");
    }

    /** The base64 body of the stack's public key PEM, on one line so that it passes as an environment variable. */
    private static String publicKeyContent() {
        try {
            return Files.readString(stack.jwtPublicKey()).replaceAll("-----[A-Z ]+-----|\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the stack's public key", e);
        }
    }

    private static boolean servicesAlive() {
        try {
            stack.pid(App.PEOPLE);
            stack.pid(App.MEETINGS);
            return true;
        } catch (IllegalStateException stopped) {
            return false;
        }
    }

    /**
     * Copies the services' packaged apps to a private directory and runs them from there, so that rebuilding a
     * service while the gateway's tests run does not pull its jars from under the running process.
     */
    private static Path snapshotOfServices() {
        Path root = LocalStack.findProjectRoot(Path.of("").toAbsolutePath());
        try {
            Path snapshot = Files.createTempDirectory("gateway-test-services");
            for (App app : new App[] { App.PEOPLE, App.MEETINGS }) {
                Path from = root.resolve(app.module()).resolve("target/quarkus-app");
                Path to = snapshot.resolve(app.module()).resolve("target/quarkus-app");
                try (Stream<Path> files = Files.walk(from)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        Path target = to.resolve(from.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(target);
                        } else {
                            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            return snapshot;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the services' jars", e);
        }
    }

    @Override
    public void stop() {
        // the stack outlives one Quarkus app start (test profiles restart the app); the JVM shutdown hook closes it
    }
}
