package io.summitry.people.paging;

import io.summitry.problem.ProblemException;

/**
 * Which page a client asks for: {@code first} rows after a cursor, or {@code last} rows before one.
 *
 * @param size     how many rows
 * @param backward true for {@code last}/{@code before}
 * @param cursor   where to start, exclusive; null for the first (or last) page
 */
public record PageRequest(int size, boolean backward, Cursor cursor) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Validates the four paging query parameters; each mistake is a 400 naming the parameter. */
    public static PageRequest of(String firstParam, String after, String lastParam, String before, boolean ranked) {
        Integer first = number("first", firstParam);
        Integer last = number("last", lastParam);
        if (first != null && last != null) {
            throw ProblemException.invalidField("last", "cannot be combined with first");
        }
        if (after != null && before != null) {
            throw ProblemException.invalidField("before", "cannot be combined with after");
        }
        boolean backward = last != null || (before != null && first == null);
        if (backward && after != null) {
            throw ProblemException.invalidField("after", "pages backwards with last and before, not after");
        }
        if (!backward && before != null) {
            throw ProblemException.invalidField("before", "pages backwards with last, not first");
        }
        String sizeField = backward ? "last" : "first";
        Integer requested = backward ? last : first;
        int size = requested == null ? DEFAULT_SIZE : requested;
        if (size < 0 || size > MAX_SIZE) {
            throw ProblemException.invalidField(sizeField, "must be between 0 and " + MAX_SIZE);
        }
        String cursorField = backward ? "before" : "after";
        String cursor = backward ? before : after;
        return new PageRequest(size, backward,
                cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursorField, cursor, ranked));
    }

    private static Integer number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "must be a whole number between 0 and " + MAX_SIZE);
        }
    }
}
