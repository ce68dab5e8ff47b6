package io.summitry.meetings.rest;

import jakarta.ws.rs.core.EntityTag;

import io.summitry.problem.ProblemException;
import io.summitry.problem.ProblemType;

/** Reads the version a client read from its {@code If-Match} header, and writes the matching {@code ETag}. */
public final class IfMatch {

    private IfMatch() {
    }

    /** @return the expected version; 428 when the header is missing, 400 when it holds no version */
    public static long version(String header) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the version you read in an If-Match header, such as If-Match: \"3\"");
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("If-Match", "'" + Ids.shorten(header) + "' is not a version such as \"3\"");
        }
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
