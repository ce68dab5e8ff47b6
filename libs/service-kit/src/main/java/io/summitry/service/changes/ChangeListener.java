package io.summitry.service.changes;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.security.AgroalSecurityProvider;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The process's one {@code LISTEN summitry_changes}: a JDBC connection of its own, opened with the datasource's URL,
 * credentials and driver properties (so there is no second datasource to configure), read on a thread of its own
 * with {@link PGConnection#getNotifications(int)}. Each write transaction of the revision log sends
 * {@code pg_notify('summitry_changes', '<revision>')}, delivered at commit; every notification wakes every open
 * stream. When the connection fails (the database restarted) or stops answering (checked whenever it has been silent
 * for {@code summitry.changes.catch-up}), it is opened again, and what was committed meanwhile is caught up at once.
 * <p>
 * Not a pooled connection: it would be held for the life of the process, taking one from the requests' pool, and the
 * pool bounds every connection it lends to a request's deadline.
 */
@ApplicationScoped
public class ChangeListener {

    /** The channel the revision log notifies on. */
    public static final String CHANNEL = "summitry_changes";

    @Inject
    ChangesConfig config;
    @Inject
    ChangeStreams streams;
    @Inject
    ChangeLogReader log;
    @Inject
    Instance<AgroalDataSource> dataSource;

    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        if (!log.available() || !dataSource.isResolvable()) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "summitry-changes-listen");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            closeQuietly(connection);
            thread.interrupt();
            thread.join(2_000);
        }
    }

    /** Whether the LISTEN connection is open now; while it is not, only the catch-up read finds new revisions. */
    public boolean listening() {
        return listening;
    }

    private void listen() {
        boolean failedBefore = false;
        while (running) {
            try (Connection c = connect()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                if (failedBefore) {
                    Log.infof("Change stream: listening on %s again", CHANNEL);
                    failedBefore = false;
                }
                streams.catchUpNow();
                PGConnection notifications = c.unwrap(PGConnection.class);
                int silence = Math.toIntExact(config.catchUp().toMillis());
                int check = Math.max(1, Math.toIntExact(config.catchUp().toSeconds()));
                while (running) {
                    PGNotification[] received = notifications.getNotifications(silence);
                    if (received != null && received.length > 0) {
                        heard(received);
                    } else if (!c.isValid(check)) {
                        throw new SQLException("the LISTEN connection stopped answering");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    return;
                }
                if (!failedBefore) {
                    Log.warnf("Change stream: not listening on %s (%s); trying again every %s, catching up every %s",
                            CHANNEL, e.getMessage(), config.reconnectDelay(), config.catchUp());
                    failedBefore = true;
                }
                try {
                    Thread.sleep(config.reconnectDelay().toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void heard(PGNotification[] received) {
        for (PGNotification notification : received) {
            try {
                streams.heard(Long.parseLong(notification.getParameter().trim()));
            } catch (NumberFormatException e) {
                // Not a revision id, yet a sign that something was committed: read the newest revision from the log.
                streams.catchUpNow();
            }
        }
    }

    private Connection connect() throws SQLException {
        AgroalConnectionFactoryConfiguration factory = dataSource.get().getConfiguration()
                .connectionPoolConfiguration().connectionFactoryConfiguration();
        Properties properties = new Properties();
        properties.putAll(factory.jdbcProperties());
        addSecurity(properties, factory, factory.principal());
        for (Object credential : factory.credentials()) {
            addSecurity(properties, factory, credential);
        }
        Connection c = new org.postgresql.Driver().connect(factory.jdbcUrl(), properties);
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL: " + factory.jdbcUrl());
        }
        return c;
    }

    private static void addSecurity(Properties properties, AgroalConnectionFactoryConfiguration factory,
            Object securityObject) {
        if (securityObject == null) {
            return;
        }
        for (AgroalSecurityProvider provider : factory.securityProviders()) {
            Properties security = provider.getSecurityProperties(securityObject);
            if (security != null) {
                properties.putAll(security);
                return;
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException | RuntimeException e) {
                // closing on shutdown: nothing to do about it
            }
        }
    }
}
