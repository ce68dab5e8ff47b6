package io.summitry.meetings.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.MeetingOrder;
import io.summitry.service.paging.Cursor;
import io.summitry.problem.ProblemException;

/**
 * Date order and keyset cursors of meeting lists. The sort key is (earliest, latest, id) with an unknown earliest
 * last in both directions and an open latest as the far future; the expressions are those of the
 * {@code meeting_order_*} indexes, so the database reads pages straight off an index.
 */
final class MeetingOrdering {

    private static final String CURSOR_KIND = "m1";

    private final MeetingOrder order;

    // Always the indexes' own expressions: every statement is planned with its values (plan_cache_mode), so the
    // planner itself chooses between walking the date index (a common word) and fetching a rare word's few rows
    // through its filter's indexes and sorting them.
    MeetingOrdering(MeetingOrder order) {
        this.order = order == null ? MeetingOrder.DATE_DESC : order;
    }

    private boolean descending() {
        return order == MeetingOrder.DATE_DESC;
    }

    private String earliestKey() {
        return descending() ? "coalesce(m.earliest, '-infinity'::date)" : "coalesce(m.earliest, 'infinity'::date)";
    }

    private static String latestKey() {
        return "coalesce(m.latest, 'infinity'::date)";
    }

    /** The ORDER BY list; {@code reversed} for a page read backwards from its end. */
    String orderBy(boolean reversed) {
        String direction = descending() != reversed ? " desc" : " asc";
        return earliestKey() + direction + ", " + latestKey() + direction + ", m.id" + direction;
    }

    /** Whether a page is read latest date first, an unknown date last. */
    boolean latestFirst(boolean reversed) {
        return descending() && !reversed;
    }

    /** The sort key as output columns, for a page merged from parts. */
    String keyColumns() {
        return earliestKey() + " as sort_earliest, " + latestKey() + " as sort_latest";
    }

    /** The ORDER BY of a page merged from parts, over {@link #keyColumns()}. */
    String mergedOrderBy(boolean reversed) {
        String direction = descending() != reversed ? " desc" : " asc";
        return "sort_earliest" + direction + ", sort_latest" + direction + ", id" + direction;
    }

    /** The sort key's first part at most the parameter (an unknown date included): where a latest-first walk starts. */
    String earliestAtMost() {
        return earliestKey() + " <= ?::date";
    }

    /** Whether a cursor's date is later than the given day (an unknown date is not); call after {@link #beyond}. */
    boolean cursorLaterThan(String parameter, String cursor, LocalDate day) {
        String earliest = Cursor.decode(parameter, cursor, CURSOR_KIND, 3).get(0);
        return earliest != null && LocalDate.parse(earliest).isAfter(day);
    }

    /** The condition "after the cursor" (or before it, when {@code backward}); adds its parameters to params. */
    String beyond(String parameter, String cursor, boolean backward, List<Object> params) {
        List<String> values = Cursor.decode(parameter, cursor, CURSOR_KIND, 3);
        try {
            String earliest = values.get(0) == null ? (descending() ? "-infinity" : "infinity")
                    : LocalDate.parse(values.get(0)).toString();
            String latest = values.get(1) == null ? "infinity" : LocalDate.parse(values.get(1)).toString();
            UUID id = UUID.fromString(values.get(2));
            params.add(earliest);
            params.add(latest);
            params.add(id);
        } catch (RuntimeException e) {
            throw ProblemException.invalidField(parameter, "is not a cursor of this list");
        }
        String comparison = descending() != backward ? "<" : ">";
        return "(" + earliestKey() + ", " + latestKey() + ", m.id) " + comparison + " (?::date, ?::date, ?)";
    }

    static String cursorOf(MeetingDto meeting) {
        return Cursor.encode(CURSOR_KIND, meeting.date().earliest(), meeting.date().latest(), meeting.id());
    }
}
