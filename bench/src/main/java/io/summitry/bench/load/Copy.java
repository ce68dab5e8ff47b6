package io.summitry.bench.load;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** Streams rows into one table with {@code COPY … FROM STDIN} (text format), in chunks to bound memory. */
final class Copy {

    private static final int CHUNK_ROWS = 50_000;

    private Copy() {
    }

    /**
     * Copies rows into a table.
     *
     * @param target the table and its column list, e.g. {@code person (id, name)}
     * @param columns maps a row to its column values, in the order of the column list; null is SQL NULL,
     *            a {@link Collection} is a PostgreSQL array
     * @return the number of rows copied
     */
    static <T> long into(Connection connection, String target, Collection<T> rows, Function<T, List<?>> columns)
            throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        String sql = "copy " + target + " from stdin";
        StringBuilder chunk = new StringBuilder(1 << 20);
        int inChunk = 0;
        long total = 0;
        try {
            for (T row : rows) {
                appendRow(chunk, columns.apply(row));
                if (++inChunk == CHUNK_ROWS) {
                    total += copy.copyIn(sql, new StringReader(chunk.toString()));
                    chunk.setLength(0);
                    inChunk = 0;
                }
            }
            if (inChunk > 0) {
                total += copy.copyIn(sql, new StringReader(chunk.toString()));
            }
        } catch (IOException e) {
            throw new SQLException("COPY into " + target + " failed", e);
        }
        return total;
    }

    private static void appendRow(StringBuilder out, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object value = values.get(i);
            if (value == null) {
                out.append("\\N");
            } else if (value instanceof Collection<?> array) {
                escape(out, arrayLiteral(array));
            } else {
                escape(out, value.toString());
            }
        }
        out.append('\n');
    }

    private static String arrayLiteral(Collection<?> values) {
        StringBuilder b = new StringBuilder("{");
        for (Object v : values) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return b.append('}').toString();
    }

    private static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
