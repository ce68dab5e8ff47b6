package io.summitry.meetings.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.summitry.api.Page;
import io.summitry.api.meetings.StatementDto;
import io.summitry.api.meetings.StatementQuery;
import io.summitry.service.paging.Cursor;
import io.summitry.service.paging.PageRequest;
import io.summitry.service.paging.Pages;
import io.summitry.meetings.sql.Rows;
import io.summitry.meetings.sql.Sql;
import io.summitry.problem.ProblemException;

/**
 * Who said what, across meetings: statements matching a filter, the most relevant first, then by meeting date,
 * newest first, a keyset page at a time. Text matches the folded words of a statement (lower case, accents removed)
 * as substrings, so any script works, including those written without spaces; relevance counts the whole phrase
 * and the words found at the start of a word.
 */
@ApplicationScoped
public class StatementSearch {

    private static final String KIND = "statement-search";
    private static final int MAX_WORDS = 10;

    private final Sql sql;

    public StatementSearch(Sql sql) {
        this.sql = sql;
    }

    public Page<StatementDto> page(StatementQuery query, PageRequest request) {
        if (request.backward()) {
            throw ProblemException.invalidField("last", "statement search pages forward only (first/after)");
        }
        List<Object> rankParams = new ArrayList<>();
        String rank = rank(query.text(), rankParams);
        List<Object> whereParams = new ArrayList<>();
        String where = where(query, whereParams);

        List<Object> params = new ArrayList<>(rankParams);
        params.addAll(whereParams);
        String beyond = "";
        if (request.cursor() != null) {
            List<String> key = Cursor.decode("after", request.cursor(), KIND, 5);
            beyond = " where (h.rank, h.e, h.l, h.meeting_id, -h.position) < (?::int, ?::date, ?::date, ?::uuid, "
                    + "-(?::bigint))";
            params.addAll(key);
        }
        params.add(request.size() + 1);
        String select = "select * from (select " + StatementService.COLUMNS + ", s.position, " + rank + " as rank,"
                + " coalesce(m.earliest, '-infinity'::date) as e, coalesce(m.latest, 'infinity'::date) as l"
                + " from statement s join meeting m on m.id = s.meeting_id where " + where + ") h" + beyond
                + " order by h.rank desc, h.e desc, h.l desc, h.meeting_id desc, h.position limit ?";
        List<Row> fetched = sql.query(select,
                params, row -> new Row(StatementService.map(row), Cursor.encode(KIND, row.getInt("rank"),
                        row.getString("e"), row.getString("l"), row.getString("meeting_id"),
                        row.getLong("position"))));
        long total = sql.count("select count(*) from statement s join meeting m on m.id = s.meeting_id where "
                + where, whereParams);

        return Pages.of(request, fetched, Row::cursor, Row::statement, total);
    }

    private record Row(StatementDto statement, String cursor) {
    }

    /** The words of a query: runs of letters and digits, so that none carries a LIKE or regex metacharacter. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}\\p{M}]+"))
                .filter(w -> !w.isEmpty()).distinct().toList();
        if (words.size() > MAX_WORDS) {
            throw ProblemException.invalidField("text", "may have at most " + MAX_WORDS + " words");
        }
        return words;
    }

    private static String rank(String text, List<Object> params) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return "0";
        }
        // The whole phrase counts as much as all its words; each word found at the start of a word counts one.
        StringBuilder rank = new StringBuilder("(case when s.search_text like '%' || search_fold(?) || '%' then "
                + words.size() + " else 0 end");
        params.add(String.join(" ", words));
        for (String word : words) {
            rank.append(" + case when s.search_text ~ ('(^|[^[:alnum:]])' || search_fold(?)) then 1 else 0 end");
            params.add(word);
        }
        return rank.append(")").toString();
    }

    private static String where(StatementQuery query, List<Object> params) {
        List<String> parts = new ArrayList<>();
        for (String word : words(query.text())) {
            parts.add("s.search_text like '%' || search_fold(?) || '%'");
            params.add(word);
        }
        if (query.speakerIds() != null && !query.speakerIds().isEmpty()) {
            parts.add("exists (select 1 from statement_speaker f where f.statement_id = s.id"
                    + " and f.person_id = any(?))");
            params.add(Rows.uuidArray(query.speakerIds()));
        }
        if (query.kinds() != null && !query.kinds().isEmpty()) {
            parts.add("s.kind = any(?)");
            params.add(Rows.textArray(query.kinds().stream().map(Enum::name).toList()));
        }
        if (query.meetingIds() != null && !query.meetingIds().isEmpty()) {
            parts.add("s.meeting_id = any(?)");
            params.add(Rows.uuidArray(query.meetingIds()));
        }
        if (query.from() != null || query.to() != null) {
            if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
                throw ProblemException.invalidField("from", "must not be after to (" + query.to() + ")");
            }
            parts.add("m.search_period && daterange(" + (query.from() == null ? "null" : "?") + ", "
                    + (query.to() == null ? "null" : "?") + ", '[]')");
            if (query.from() != null) {
                params.add(query.from());
            }
            if (query.to() != null) {
                params.add(query.to());
            }
        }
        return parts.isEmpty() ? "true" : String.join(" and ", parts);
    }
}
