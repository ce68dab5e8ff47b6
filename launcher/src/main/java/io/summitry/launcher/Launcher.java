package io.summitry.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

import io.summitry.launcher.seed.Seed;
import io.summitry.launcher.seed.SeedLoader;
import io.summitry.stack.App;
import io.summitry.stack.LocalKeycloak;
import io.summitry.stack.LocalStack;

/**
 * The local run: one embedded PostgreSQL, both services and the gateway as separate processes, the seed dataset loaded
 * through the gateway's GraphQL API, and with {@code --keycloak} a local Keycloak whose tokens the apps trust; runs until
 * Ctrl-C or SIGTERM, then stops every process and the database.
 */
public final class Launcher {

    private static final int SEED_ATTEMPTS = 5;

    private Launcher() {
    }

    /** A started local run: the processes and, when loaded, what the seed load did. */
    public record Running(LocalStack stack, GraphQlClient graphQl, SeedLoader.Result seeded, LocalKeycloak keycloak)
            implements AutoCloseable {

        public URI graphQlEndpoint() {
            return stack.baseUri(App.GATEWAY).resolve("/graphql");
        }

        @Override
        public void close() {
            stack.close();
            if (keycloak != null) {
                keycloak.close();
            }
        }
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.print(LauncherOptions.USAGE);
            return;
        }
        long started = System.nanoTime();
        LauncherOptions options;
        Running running;
        try {
            options = LauncherOptions.parse(args, System.getenv(), LocalStack.findProjectRoot(Path.of("")));
            running = start(options);
        } catch (RuntimeException e) {
            System.err.println("summitry: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the gateway, the services and PostgreSQL…");
            try {
                running.close();
                System.out.println("Stopped.");
            } catch (RuntimeException e) {
                System.err.println("summitry: while stopping: " + e.getMessage());
            }
            stopped.countDown();
        }, "summitry-stop"));
        printReady(running, tokenFile(options), (System.nanoTime() - started) / 1_000_000);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts everything as {@code ./summitry} does and loads the seed unless told not to. */
    public static Running start(LauncherOptions options) {
        Seed seed = options.seed() ? Seed.read(options.seedFile()) : null;
        Path data = options.dataDirectory().toAbsolutePath();
        System.out.println("Starting PostgreSQL, people-service, meetings-service and the gateway (logs in "
                + data.resolve("logs") + ")…");
        LocalStack.Builder builder = LocalStack.builder()
                .projectRoot(options.projectRoot())
                .dataDirectory(data.resolve("postgres"))
                .logDirectory(data.resolve("logs"))
                .postgresPort(options.postgresPort())
                .readyTimeout(options.readyTimeout())
                .app(App.PEOPLE, options.peoplePort())
                .app(App.MEETINGS, options.meetingsPort())
                .app(App.GATEWAY, options.gatewayPort());
        for (App app : App.values()) {
            // log files are read by people here, not by a log collector
            builder.config(app, "quarkus.log.console.json.enabled", "false");
        }
        // The gateway keeps its production deadline (3 s): stretched here, a stopped service would hold every request
        // that long. Freshly started services that answer the seed's first calls too slowly are covered by
        // loadWithRetries (the load is find-or-create).
        // the web UI's dev server (cd web && npm run dev) may call this gateway from its own origin
        builder.config(App.GATEWAY, "quarkus.http.cors.origins", "http://localhost:5173,http://127.0.0.1:5173");
        LocalKeycloak keycloak = null;
        if (options.keycloak()) {
            System.out.println("Starting Keycloak with the summitry realm (the first start takes a minute or two)…");
            keycloak = LocalKeycloak.start(LocalKeycloak.unpackedIn(options.projectRoot()),
                    data.resolve("logs/keycloak.log"), Duration.ofMinutes(5));
            for (App app : App.values()) {
                builder.config(app, "summitry.sign-in.issuer", keycloak.issuer());
            }
        }
        LocalStack stack;
        try {
            stack = builder.start();
        } catch (RuntimeException e) {
            if (keycloak != null) {
                keycloak.close();
            }
            throw e;
        }
        try {
            String token = options.token() != null ? options.token() : stack.editorToken();
            Files.writeString(tokenFile(options), token + "\n");
            GraphQlClient graphQl = new GraphQlClient(stack.baseUri(App.GATEWAY).resolve("/graphql"), token);
            SeedLoader.Result seeded = null;
            if (seed != null) {
                System.out.println("Loading the seed dataset " + options.projectRoot().relativize(options.seedFile())
                        + " through the GraphQL API…");
                seeded = loadWithRetries(graphQl, seed);
            }
            return new Running(stack, graphQl, seeded, keycloak);
        } catch (IOException e) {
            new Running(stack, null, null, keycloak).close();
            throw new UncheckedIOException("Could not write " + tokenFile(options), e);
        } catch (RuntimeException e) {
            new Running(stack, null, null, keycloak).close();
            throw e;
        }
    }

    /** Where the editor token of the running stack is written, for GraphiQL and scripts. */
    static Path tokenFile(LauncherOptions options) {
        return options.dataDirectory().toAbsolutePath().resolve("editor-token.txt");
    }

    /**
     * Loads the seed, again after a pause when a service was too slow to answer (freshly started JVMs on a busy
     * machine); safe because the load is find-or-create.
     */
    static SeedLoader.Result loadWithRetries(GraphQlClient graphQl, Seed seed) {
        for (int attempt = 1;; attempt++) {
            try {
                return new SeedLoader(graphQl).load(seed);
            } catch (GraphQlClient.GraphQlException e) {
                if (attempt >= SEED_ATTEMPTS || !e.hasCode("UPSTREAM_UNAVAILABLE")) {
                    throw e;
                }
                System.out.println("A service answered too slowly while loading the seed; trying again ("
                        + (attempt + 1) + "/" + SEED_ATTEMPTS + ")…");
                try {
                    Thread.sleep(2000L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void printReady(Running running, Path tokenFile, long millis) {
        LocalStack stack = running.stack();
        URI gateway = stack.baseUri(App.GATEWAY);
        StringBuilder out = new StringBuilder();
        out.append("\nSummitry is up (").append(String.format("%.1f", millis / 1000.0)).append(" s).\n");
        if (running.seeded() != null) {
            out.append("Seed dataset: ").append(running.seeded().created()).append(" things created, ")
                    .append(running.seeded().found()).append(" already there.\n");
        }
        out.append("  Web UI             ").append(gateway.resolve("/")).append('\n');
        out.append("  GraphQL endpoint   ").append(gateway.resolve("/graphql")).append('\n');
        out.append("  GraphiQL           ").append(gateway.resolve("/q/graphql-ui/")).append('\n');
        for (App app : new App[] {App.PEOPLE, App.MEETINGS}) {
            URI base = stack.baseUri(app);
            out.append(String.format("  %-18s %s  (OpenAPI %s, Swagger UI %s)%n", app.module(), base,
                    base.resolve("/q/openapi"), base.resolve("/q/swagger-ui/")));
        }
        out.append("  PostgreSQL         ").append(stack.jdbcUrl(App.PEOPLE)).append(" and …/")
                .append(App.MEETINGS.database()).append(" (user postgres, no password)\n");
        out.append("  Editor token       ").append(tokenFile)
                .append(" (send as Authorization: Bearer <token> to change data; valid 12 h, this run only)\n");
        if (running.keycloak() != null) {
            out.append("  Keycloak           ").append(running.keycloak().issuer()).append(" (sign in as ")
                    .append(LocalKeycloak.EDITOR).append(" / ").append(LocalKeycloak.EDITOR_PASSWORD)
                    .append(", an editor, or ").append(LocalKeycloak.READER).append(" / ")
                    .append(LocalKeycloak.READER_PASSWORD).append(", not; client ").append(LocalKeycloak.CLIENT_ID)
                    .append(")\n");
        }
        out.append("Ctrl-C stops everything.\n");
        System.out.print(out);
        System.out.flush();
    }
}
