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
    private final boolean walkIndex;

    MeetingOrdering(MeetingOrder order) {
        this(order, true);
    }

    /**
     * @param walkIndex false for a selective filter (a text search): the sort key is then written so that it matches
     *                  no index, and the planner fetches the few hits through the filter's own indexes and sorts
     *                  them, instead of walking the whole date index in order and filtering row by row
     */
    MeetingOrdering(MeetingOrder order, boolean walkIndex) {
        this.order = order == null ? MeetingOrder.DATE_DESC : order;
        this.walkIndex = walkIndex;
    }

    private boolean descending() {
        return order == MeetingOrder.DATE_DESC;
    }

    private String earliestKey() {
        String key = descending() ? "coalesce(m.earliest, '-infinity'::date)" : "coalesce(m.earliest, 'infinity'::date)";
        return walkIndex ? key : "(" + key + " + 0)";
    }

    private static String latestKey() {
        return "coalesce(m.latest, 'infinity'::date)";
    }

    /** The ORDER BY list; {@code reversed} for a page read backwards from its end. */
    String orderBy(boolean reversed) {
        String direction = descending() != reversed ? " desc" : " asc";
        return earliestKey() + direction + ", " + latestKey() + direction + ", m.id" + direction;
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
