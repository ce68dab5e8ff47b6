package io.summitry.meetings.sql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs the hand-written read queries (lists, batch lookups) over the datasource. Inside a transaction the connection
 * is the one Hibernate uses, so rows it has flushed are visible.
 */
@ApplicationScoped
public class Sql {

    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** An SQL array parameter, such as {@code uuid[]} or {@code text[]}. */
    public record ArrayParam(String elementType, Object[] values) {
    }

    public <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, params);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + e.getMessage(), e);
        }
    }

    public long count(String sql, List<?> params) {
        return query(sql, params, row -> row.getLong(1)).get(0);
    }

    private static void bind(Connection connection, PreparedStatement statement, List<?> params)
            throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            if (value instanceof ArrayParam array) {
                Array sqlArray = connection.createArrayOf(array.elementType(), array.values());
                statement.setArray(i + 1, sqlArray);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
