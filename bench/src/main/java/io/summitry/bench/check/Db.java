package io.summitry.bench.check;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The two services' databases, read directly to know what the right answer is. */
public final class Db implements AutoCloseable {

    private final Connection people;
    private final Connection meetings;

    public Db(String peopleJdbcUrl, String meetingsJdbcUrl) throws SQLException {
        this.people = DriverManager.getConnection(peopleJdbcUrl, "postgres", "");
        this.meetings = DriverManager.getConnection(meetingsJdbcUrl, "postgres", "");
    }

    public Connection people() {
        return people;
    }

    public Connection meetings() {
        return meetings;
    }

    /** Rows of a query as column-name → value maps (values as JDBC gives them, uuids as strings). */
    public static List<Map<String, Object>> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                List<Map<String, Object>> out = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        row.put(rs.getMetaData().getColumnLabel(i), v instanceof java.util.UUID ? v.toString() : v);
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    public static List<String> column(Connection c, String sql, Object... params) throws SQLException {
        return rows(c, sql, params).stream().map(r -> {
            Object v = r.values().iterator().next();
            return v == null ? null : v.toString();
        }).toList();
    }

    public static String one(Connection c, String sql, Object... params) throws SQLException {
        List<String> values = column(c, sql, params);
        return values.isEmpty() ? null : values.get(0);
    }

    @Override
    public void close() throws SQLException {
        try {
            people.close();
        } finally {
            meetings.close();
        }
    }
}
