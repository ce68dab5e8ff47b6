package io.summitry.service.version;

import jakarta.ws.rs.core.EntityTag;

import io.summitry.problem.ProblemException;
import io.summitry.problem.ProblemType;
import io.summitry.service.input.Inputs;

/**
 * The optimistic-locking handshake: {@code ETag: "<version>"} out, {@code If-Match: "<version>"} in, and a stale
 * version refused.
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
                    "Send the version you read in an If-Match header, such as If-Match: \"3\"");
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
            throw ProblemException.invalidField("If-Match",
                    "'" + Inputs.shorten(ifMatch) + "' is not a version such as \"3\"");
        }
    }

    /** Refuses a change made against another version than the stored one: a 409. */
    public static void check(String what, Object id, long expected, long actual) {
        if (expected != actual) {
            throw ProblemException.staleVersion(what, id, expected, actual);
        }
    }

    /** The ETag of a version. */
    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
