package io.summitry.bench.measure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import io.summitry.bench.check.Db;

/**
 * Saves EXPLAIN (ANALYZE, BUFFERS) of the SQL equivalent to the service-level calls (the filter rules of
 * docs/service-api.md over the services' own indexes), beside the results.
 */
final class Explain {

    private Explain() {
    }

    static void save(Db db, String typeahead, String meetingId, Path out) throws Exception {
        write(db.people(), out.resolve("explain-typeahead.txt"), """
                select id, name from person
                where search_text like search_contains(?) or search_text % search_norm(?)
                order by similarity(search_text, search_norm(?)) desc, name, id limit 10
                """, typeahead, typeahead, typeahead);
        write(db.meetings(), out.resolve("explain-filtered-list.txt"), """
                select id from meeting
                where country_codes && array['KR'] and search_period && daterange('2005-01-01', '2025-12-31', '[]')
                  and search_text like '%' || search_fold('cyber') || '%'
                order by coalesce(earliest, '-infinity'::date) desc, coalesce(latest, 'infinity'::date) desc, id desc
                limit 21 offset 80
                """);
        write(db.meetings(), out.resolve("explain-single-row.txt"), "select * from meeting where id = ?::uuid",
                meetingId);
    }

    private static void write(Connection c, Path file, String sql, Object... params) throws Exception {
        List<String> lines = new ArrayList<>(List.of("-- " + sql.strip().replace("\n", "\n-- "), ""));
        try (PreparedStatement s = c.prepareStatement("explain (analyze, buffers) " + sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
        }
        Files.write(file, lines);
    }
}
