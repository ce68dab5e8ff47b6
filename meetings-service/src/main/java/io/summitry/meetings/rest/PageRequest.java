package io.summitry.meetings.rest;

import io.summitry.problem.ProblemException;

/**
 * Which page of a keyset list a client asks for: {@code first} rows after a cursor, or {@code last} rows before one.
 *
 * @param size     how many rows, 0 to 100
 * @param backward whether the page ends at {@code cursor} ({@code last}/{@code before})
 * @param cursor   the cursor to start after (or end before); null for the first (or last) page
 */
public record PageRequest(int size, boolean backward, String cursor) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(String first, String after, String last, String before) {
        if (last != null || before != null) {
            if (first != null || after != null) {
                throw ProblemException.invalidField(first != null ? "first" : "after",
                        "cannot be combined with last/before");
            }
            return new PageRequest(size("last", last), true, emptyToNull(before));
        }
        return new PageRequest(size("first", first), false, emptyToNull(after));
    }

    public static PageRequest of(Integer first, String after) {
        return of(first == null ? null : first.toString(), after, null, null);
    }

    /** The parameter the cursor came in, for error messages. */
    public String cursorParameter() {
        return backward ? "before" : "after";
    }

    private static int size(String name, String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_SIZE;
        }
        try {
            int size = Integer.parseInt(value.trim());
            if (size < 0 || size > MAX_SIZE) {
                throw ProblemException.invalidField(name, "must be between 0 and " + MAX_SIZE + ", not " + size);
            }
            return size;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "'" + Ids.shorten(value) + "' is not a whole number");
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
