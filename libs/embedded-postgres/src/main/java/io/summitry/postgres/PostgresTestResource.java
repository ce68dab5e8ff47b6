package io.summitry.postgres;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL database. When the test run sets a datasource URL from outside
 * (system property {@code quarkus.datasource.jdbc.url} or environment {@code QUARKUS_DATASOURCE_JDBC_URL}), that
 * database is used as it is. Otherwise one embedded server is started per test JVM and every start of the
 * application gets a database of its own, so test classes that restart the application never see each other's rows.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static LocalPostgres server;

    @Override
    public Map<String, String> start() {
        // Only an outside override counts: the application's own profile-specific URLs (%prod.…) must not switch the
        // tests away from the embedded server.
        if (configuredOutside()) {
            return Map.of();
        }
        LocalPostgres postgres = shared();
        // Each test profile loads this class anew, so a counter alone would repeat names across profiles.
        String database = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet() + "_"
                + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        postgres.createDatabaseIfAbsent(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // The server outlives each application start and is stopped when the JVM exits.
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
