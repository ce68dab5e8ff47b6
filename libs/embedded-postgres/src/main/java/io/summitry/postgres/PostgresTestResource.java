package io.summitry.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL database. When the test run sets a datasource URL from outside
 * (system property {@code quarkus.datasource.jdbc.url} or environment {@code QUARKUS_DATASOURCE_JDBC_URL}), that
 * database is used as it is. Otherwise one embedded server is started per test JVM and every start of the
 * application gets a database of its own, so test classes that restart the application never see each other's rows.
 * <p>
 * The database of the latest start is published as system properties, so that a test can reach the rows of the app
 * under test with {@link #connectToCurrentDatabase()} whether the app runs in the test JVM ({@code @QuarkusTest}) or as
 * a packaged jar or container ({@code @QuarkusIntegrationTest}, where nothing can be injected).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String CURRENT_URL = "summitry.test.database.url";
    private static final String CURRENT_USER = "summitry.test.database.user";
    private static final String CURRENT_PASSWORD = "summitry.test.database.password";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static LocalPostgres server;

    @Override
    public Map<String, String> start() {
        // Only an outside override counts: the application's own profile-specific URLs (%prod.…) must not switch the
        // tests away from the embedded server.
        if (configuredOutside()) {
            publish(outside("quarkus.datasource.jdbc.url"), outside("quarkus.datasource.username"),
                    outside("quarkus.datasource.password"));
            return Map.of();
        }
        LocalPostgres postgres = shared();
        // Each test profile loads this class anew, so a counter alone would repeat names across profiles.
        String database = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet() + "_"
                + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        postgres.createDatabaseIfAbsent(database);
        publish(postgres.jdbcUrl(database), LocalPostgres.USER, "");
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // The server outlives each application start and is stopped when the JVM exits.
    }

    /** A new connection to the database of the app under test; the caller closes it. */
    public static Connection connectToCurrentDatabase() throws SQLException {
        String url = System.getProperty(CURRENT_URL);
        if (url == null) {
            throw new IllegalStateException("No database yet: the test class needs @QuarkusTestResource("
                    + PostgresTestResource.class.getSimpleName() + ".class)");
        }
        return DriverManager.getConnection(url, System.getProperty(CURRENT_USER),
                System.getProperty(CURRENT_PASSWORD, ""));
    }

    private static void publish(String url, String user, String password) {
        System.setProperty(CURRENT_URL, url);
        System.setProperty(CURRENT_USER, user == null ? LocalPostgres.USER : user);
        System.setProperty(CURRENT_PASSWORD, password == null ? "" : password);
    }

    private static String outside(String property) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(property.toUpperCase().replace('.', '_'));
    }

    private static boolean configuredOutside() {
        String property = System.getProperty("quarkus.datasource.jdbc.url");
        String env = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        return (property != null && !property.isBlank()) || (env != null && !env.isBlank());
    }

    private static synchronized LocalPostgres shared() {
        if (server == null) {
            server = LocalPostgres.start(null, 0);
            LocalPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "embedded-postgres-stop"));
        }
        return server;
    }
}
