package io.summitry.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.summitry.postgres.LocalPostgres;

/**
 * The two database roles of prod, on a real PostgreSQL set up as CloudNativePG sets up people-db from the rendered
 * Cluster (owner and database as initdb creates them, its postInitApplicationSQL, the managed runtime role): the
 * packaged people-service run with its migrate init container's settings migrates as the owner and exits; the
 * runtime role may read and write every table but create, alter, drop or truncate none; and the app run with its
 * container's settings serves as the runtime role with Flyway off. TLS (verify-full) is not part of it: the embedded
 * server has no certificate.
 */
class DatabaseRolesTest {
    private static final String APP = "people-service";
    private static final String CLUSTER = "people-db";
    private static final String OWNER_PASSWORD = "owner-secret";
    private static final String RUNTIME_PASSWORD = "runtime-secret";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldMigrateAsTheOwnerThenServeAsARuntimeRoleThatCannotChangeTheSchema() throws Exception {
        CnpgCluster cluster = Overlay.PROD.all(CnpgCluster.class).stream()
                .filter(c -> c.metadata().getName().equals(CLUSTER)).findFirst().orElseThrow();
        CnpgCluster.InitDb initdb = cluster.spec().bootstrap().initdb();
        CnpgCluster.Role runtime = cluster.spec().managed().roles().get(0);
        PodSpec pod = Workload.named(Overlay.PROD, APP).template().getSpec();
        Container migrate = pod.getInitContainers().stream().filter(c -> c.getName().equals("migrate")).findFirst()
                .orElseThrow();
        Container app = pod.getContainers().get(0);

        try (LocalPostgres postgres = LocalPostgres.start(null, 0)) {
            // What CloudNativePG does from the Cluster: the owner and its database, then the post-init SQL in it, then
            // the managed role.
            execute(postgres, "postgres", LocalPostgres.USER, "",
                    "CREATE ROLE " + initdb.owner() + " LOGIN PASSWORD '" + OWNER_PASSWORD + "'",
                    "CREATE DATABASE " + initdb.database() + " OWNER " + initdb.owner());
            execute(postgres, initdb.database(), LocalPostgres.USER, "",
                    initdb.postInitApplicationSQL().toArray(String[]::new));
            execute(postgres, initdb.database(), LocalPostgres.USER, "", "CREATE ROLE " + runtime.name()
                    + (Boolean.TRUE.equals(runtime.login()) ? " LOGIN" : "") + " INHERIT PASSWORD '" + RUNTIME_PASSWORD
                    + "' IN ROLE " + String.join(", ", runtime.inRoles()));

            Path migrationLog = Files.createTempFile("migrate-" + APP, ".log");
            Process migration = start(migrate, postgres, initdb.owner(), OWNER_PASSWORD, freePort(), migrationLog);
            boolean exited = migration.waitFor(240, TimeUnit.SECONDS);
            if (!exited) {
                migration.destroyForcibly();
            }
            assertThat(exited).as("the migrate init container ran to its end: %s", tail(migrationLog)).isTrue();
            assertThat(migration.exitValue()).as("its exit code: %s", tail(migrationLog)).isZero();
            assertThat(count(postgres, "select count(*) from flyway_schema_history where success"))
                    .as("migrations applied by the owner").isPositive();

            try (Connection asRuntime = DriverManager.getConnection(postgres.jdbcUrl(initdb.database()),
                    runtime.name(), RUNTIME_PASSWORD); Statement sql = asRuntime.createStatement()) {
                sql.execute("insert into country (code, name) values ('ZZ', 'Testland')");
                sql.execute("update country set name = 'Testland 2' where code = 'ZZ'");
                sql.execute("delete from country where code = 'ZZ'");
                for (String ddl : List.of("create table intruder (id int)", "alter table country add column x int",
                        "drop table country", "truncate country", "create index intruder on country (name)",
                        "create schema intruder")) {
                    assertThatThrownBy(() -> sql.execute(ddl)).as("as %s: %s", runtime.name(), ddl)
                            .isInstanceOf(SQLException.class)
                            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
                }
            }

            int httpPort = freePort();
            Path appLog = Files.createTempFile("runtime-" + APP, ".log");
            Process running = start(app, postgres, runtime.name(), RUNTIME_PASSWORD, httpPort, appLog);
            try {
                awaitReady(running, httpPort, appLog);
                HttpResponse<String> people = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + httpPort + "/people")).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(people.statusCode()).as("GET /people as %s: %s", runtime.name(), people.body())
                        .isEqualTo(200);
            } finally {
                running.destroy();
                if (!running.waitFor(60, TimeUnit.SECONDS)) {
                    running.destroyForcibly();
                }
            }
        }
    }

    /** Runs the packaged app with a container's literal env, its datasource pointed at the embedded server. */
    private static Process start(Container container, LocalPostgres postgres, String user, String password,
            int httpPort, Path log) throws IOException {
        Path jar = Project.root().resolve(APP).resolve("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).as("%s is not packaged: build deploy with the apps (`./mvnw -B -pl deploy -am verify`)", APP)
                .exists();
        Map<String, String> env = new HashMap<>();
        for (EnvVar variable : container.getEnv()) {
            if (variable.getValue() != null) {
                env.put(variable.getName(), variable.getValue());
            }
        }
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("people"));
        env.put("QUARKUS_DATASOURCE_USERNAME", user);
        env.put("QUARKUS_DATASOURCE_PASSWORD", password);
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    private static void execute(LocalPostgres postgres, String database, String user, String password,
            String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), user, password);
                Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    private static long count(LocalPostgres postgres, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("people"), LocalPostgres.USER, "");
                Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void awaitReady(Process app, int httpPort, Path log) throws Exception {
        URI ready = URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("%s exited: %s", APP, tail(log)).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError(APP + " did not become ready in 180 s: " + tail(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
