package io.summitry.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run from the zonky binaries on Maven Central, for tests and the local run on machines that
 * have no database and no container engine. Listens on 127.0.0.1 only.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "postgres";

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts a server.
     *
     * @param dataDirectory where the cluster lives; kept between runs when given, a fresh temporary one when null
     * @param port the port to listen on, or 0 for any free one
     * @return the running server
     */
    public static LocalPostgres start(Path dataDirectory, int port) {
        return start(dataDirectory, port, PostgresBinaries.defaultCache(), null);
    }

    /**
     * Starts a server from the binaries cached in a folder, extracting them there first when they are not.
     *
     * @param binaries the binaries cache; see {@link PostgresBinaries#defaultCache()}
     */
    public static LocalPostgres start(Path dataDirectory, int port, Path binaries) {
        return start(dataDirectory, port, binaries, null);
    }

    /**
     * Starts a server whose log goes to a file (appended), where {@code auto_explain} and the other server logs can be
     * read back; see {@link #start(Path, int)}.
     */
    public static LocalPostgres startLoggingTo(Path dataDirectory, int port, Path logFile) {
        return start(dataDirectory, port, PostgresBinaries.defaultCache(), logFile);
    }

    private static LocalPostgres start(Path dataDirectory, int port, Path binaries, Path logFile) {
        PostgresBinaries resolver = PostgresBinaries.in(binaries);
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(resolver)
                    .setOverrideWorkingDirectory(resolver.cache().toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200");
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            if (logFile != null) {
                builder.setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            }
            return new LocalPostgres(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        } catch (ExceptionInInitializerError e) {
            // zonky wraps what the resolver threw while it prepared the binaries (a full disk, say) in this error
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("Could not prepare the PostgreSQL binaries: " + cause.getMessage(), cause);
        }
    }

    public int port() {
        return server.getPort();
    }

    /** The JDBC URL of a database on this server; see {@link #createDatabaseIfAbsent(String)}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates a database unless it exists; names are checked so they can be spliced into SQL safely. */
    public void createDatabaseIfAbsent(String database) {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection c = server.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }
}
