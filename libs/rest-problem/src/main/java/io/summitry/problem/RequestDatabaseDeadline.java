package io.summitry.problem;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.runtime.StartupEvent;

/**
 * Bounds how long a request may wait on the database once it holds a connection. The server's
 * {@code statement_timeout} cancels a slow query, but a stalled server (a stuck disk, a partition, a stopped process)
 * cancels nothing: without a client-side limit the request thread and its pooled connection wait for the operating
 * system's TCP timeout, minutes. So every connection handed to a request gets a JDBC network timeout; when it fires the
 * driver closes the connection, the pool replaces it, and {@link ProblemMappers} answers 503 with {@code Retry-After}.
 * <p>
 * Only work after start-up gets the limits: Flyway migrates before the application has started, and a migration (an
 * index build on a large table) may legitimately take longer, as may the first connections of a cold JVM on a busy
 * machine. So the pool's acquisition timeout is also shortened only once the application has started
 * ({@code summitry.database.request-acquisition-timeout}; {@code quarkus.datasource.jdbc.acquisition-timeout} holds
 * for start-up). Agroal restores the connection's previous network timeout when it is returned.
 */
@ApplicationScoped
public class RequestDatabaseDeadline implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(RequestDatabaseDeadline.class);

    private final int requestMillis;
    private final Duration acquisitionTimeout;
    // Looked up once started: the pool itself is built with this interceptor, so it cannot be injected directly.
    private final Instance<AgroalDataSource> dataSource;
    private volatile boolean started;

    RequestDatabaseDeadline(
            @ConfigProperty(name = "summitry.database.request-network-timeout", defaultValue = "1s")
            Duration requestTimeout,
            @ConfigProperty(name = "summitry.database.request-acquisition-timeout", defaultValue = "500ms")
            Duration acquisitionTimeout,
            Instance<AgroalDataSource> dataSource) {
        this.requestMillis = Math.toIntExact(requestTimeout.toMillis());
        this.acquisitionTimeout = acquisitionTimeout;
        this.dataSource = dataSource;
    }

    void started(@Observes StartupEvent event) {
        if (dataSource.isResolvable()) {
            dataSource.get().getConfiguration().connectionPoolConfiguration().setAcquisitionTimeout(acquisitionTimeout);
        }
        started = true;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        if (!started) {
            return;
        }
        try {
            // PostgreSQL's driver applies the timeout to each socket read and ignores the executor.
            connection.setNetworkTimeout(Runnable::run, requestMillis);
        } catch (SQLException e) {
            LOG.warnf("Could not bound the database time of a request: %s", e.getMessage());
        }
    }
}
