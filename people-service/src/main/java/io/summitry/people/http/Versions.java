package io.summitry.people.http;

import io.summitry.problem.ProblemException;
import io.summitry.problem.ProblemType;

/**
 * The optimistic-locking handshake: {@code ETag: "<version>"} out (through {@code Response.tag}), {@code If-Match:
 * "<version>"} in.
 */
public final class Versions {

    private Versions() {
    }

    /**
     * The version a client expects, from its If-Match header.
     *
     * @throws ProblemException 428 when the header is missing, 400 when it holds no version number
     */
    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match: \"<version>\" with the version you read");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("If-Match", "must be a quoted version number such as \"3\"");
        }
    }

    /** Refuses a change made against another version than the stored one. */
    public static void check(String what, Object id, long expected, long actual) {
        if (expected != actual) {
            throw ProblemException.staleVersion(what, id, expected, actual);
        }
    }
}
