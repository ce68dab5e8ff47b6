package io.summitry.meetings.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.summitry.api.meetings.MeetingQuery;
import io.summitry.service.input.QueryParams;
import io.summitry.meetings.sql.Rows;
import io.summitry.problem.ProblemException;

/**
 * The SQL condition of a meeting filter over {@code meeting m}: parts joined with AND, values of one list with OR.
 * Each part is written so that an index serves it (full text and trigram GIN, array GIN, the date range GiST).
 *
 * @param where  a condition, {@code true} when the filter is empty
 * @param params its parameters, in order
 */
record MeetingFilter(String where, List<Object> params) {

    static MeetingFilter of(MeetingQuery query) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query == null) {
            return new MeetingFilter("true", params);
        }
        if (query.text() != null && !query.text().isBlank()) {
            text(query.text().trim(), parts, params);
        }
        if (query.kinds() != null && !query.kinds().isEmpty()) {
            parts.add("m.kind = any(?)");
            params.add(Rows.textArray(query.kinds().stream().map(Enum::name).toList()));
        }
        if (query.statuses() != null && !query.statuses().isEmpty()) {
            parts.add("m.status = any(?)");
            params.add(Rows.textArray(query.statuses().stream().map(Enum::name).toList()));
        }
        if (query.seriesSlug() != null && !query.seriesSlug().isBlank()) {
            parts.add("m.series_slug = ?");
            params.add(query.seriesSlug());
        }
        if (query.countryCodes() != null && !query.countryCodes().isEmpty()) {
            parts.add("m.country_codes && ?");
            params.add(Rows.textArray(QueryParams.countryCodes(query.countryCodes())));
        }
        if (query.locationCountryCodes() != null && !query.locationCountryCodes().isEmpty()) {
            parts.add("m.country_code = any(?)");
            params.add(Rows.textArray(QueryParams.countryCodes(query.locationCountryCodes())));
        }
        if (query.participantIds() != null && !query.participantIds().isEmpty()) {
            parts.add("exists (select 1 from participant fp where fp.meeting_id = m.id and fp.person_id = any(?))");
            params.add(Rows.uuidArray(query.participantIds()));
        }
        if (query.topics() != null && !query.topics().isEmpty()) {
            parts.add("m.topics && ?");
            params.add(Rows.textArray(query.topics().stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).toList()));
        }
        if (query.from() != null || query.to() != null) {
            if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
                throw ProblemException.invalidField("from", "must not be after to (" + query.to() + ")");
            }
            // The search bounds: widened for approximate and uncertain dates. An open bound of the meeting's date
            // is an unbounded side of its range, so it overlaps that way.
            parts.add("m.search_period && daterange(" + (query.from() == null ? "null" : "?") + ", "
                    + (query.to() == null ? "null" : "?") + ", '[]')");
            if (query.from() != null) {
                params.add(query.from());
            }
            if (query.to() != null) {
                params.add(query.to());
            }
        }
        return new MeetingFilter(parts.isEmpty() ? "true" : String.join(" and ", parts), params);
    }

    private static void text(String text, List<String> parts, List<Object> params) {
        // Every word anywhere in the folded text (title, summary, topics, outcomes, venue, city; lower case, accents
        // removed), so "missil defen" finds "missile defense" and a name written without spaces (Hangul, Kanji) is
        // found from any part of it. Words are runs of letters and digits: no LIKE metacharacter reaches the pattern.
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}\\p{M}]+"))
                .filter(w -> !w.isEmpty())
                .distinct()
                .limit(10)
                .toList();
        if (words.isEmpty()) {
            String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            parts.add("m.search_text like search_fold(?)");
            params.add(like);
            return;
        }
        for (String word : words) {
            parts.add("m.search_text like '%' || search_fold(?) || '%'");
            params.add(word);
        }
    }
}
