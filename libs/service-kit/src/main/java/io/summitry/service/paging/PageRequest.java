package io.summitry.service.paging;

import io.summitry.problem.ProblemException;
import io.summitry.service.input.Inputs;

/**
 * Which page of a keyset list a client asks for: {@code first} rows after a cursor, or {@code last} rows before one.
 *
 * @param size     how many rows, 0 to 100
 * @param backward whether the page ends at {@code cursor} ({@code last}/{@code before})
 * @param cursor   the cursor to start after (or end before), still encoded; null for the first (or last) page
 */
public record PageRequest(int size, boolean backward, String cursor) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Validates the four paging query parameters; each mistake is a 400 naming the parameter. */
    public static PageRequest of(String first, String after, String last, String before) {
        if (present(first) && present(last)) {
            throw ProblemException.invalidField("last", "cannot be combined with first");
        }
        if (after != null && before != null) {
            throw ProblemException.invalidField("before", "cannot be combined with after");
        }
        boolean backward = present(last) || (before != null && !present(first));
        if (backward && after != null) {
            throw ProblemException.invalidField("after", "pages backwards with last and before, not after");
        }
        if (!backward && before != null) {
            throw ProblemException.invalidField("before", "pages backwards with last, not first");
        }
        return backward ? new PageRequest(size("last", last), true, emptyToNull(before))
                : new PageRequest(size("first", first), false, emptyToNull(after));
    }

    /** A forward page, as batch bodies ask for one. */
    public static PageRequest of(Integer first, String after) {
        return of(first == null ? null : first.toString(), after, null, null);
    }

    /** The parameter the cursor came in, for error messages. */
    public String cursorParameter() {
        return backward ? "before" : "after";
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static int size(String name, String value) {
        if (!present(value)) {
            return DEFAULT_SIZE;
        }
        try {
            int size = Integer.parseInt(value.trim());
            if (size < 0 || size > MAX_SIZE) {
                throw ProblemException.invalidField(name, "must be between 0 and " + MAX_SIZE + ", not " + size);
            }
            return size;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "'" + Inputs.shorten(value) + "' is not a whole number");
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
