package io.summitry.meetings.sql;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Reads nullable and array columns out of a result row. */
public final class Rows {

    private Rows() {
    }

    public static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    public static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    public static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    public static List<UUID> uuids(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of()
                : Arrays.stream((Object[]) array.getArray()).map(v -> (UUID) v).toList();
    }

    public static Sql.ArrayParam uuidArray(List<UUID> ids) {
        return new Sql.ArrayParam("uuid", ids.toArray());
    }

    public static Sql.ArrayParam textArray(List<String> values) {
        return new Sql.ArrayParam("text", values.toArray());
    }
}
