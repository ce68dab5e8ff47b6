package io.summitry.service.history;

import io.summitry.problem.ProblemException;
import io.summitry.service.input.Inputs;

/** Revision ids given as parameters (restore's {@code revision}). */
public final class Revisions {

    private Revisions() {
    }

    /** A revision id; a 400 naming {@code revision} when missing or not a positive whole number. */
    public static long parse(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField("revision", "is required");
        }
        try {
            long revision = Long.parseLong(value.trim());
            if (revision > 0) {
                return revision;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField("revision", "'" + Inputs.shorten(value) + "' is not a revision id");
    }
}
