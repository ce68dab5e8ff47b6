package io.summitry.service.history;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import io.summitry.problem.ProblemException;
import io.summitry.service.input.Inputs;

/** Instants given as query parameters: ISO 8601 with an offset ({@code 2024-05-01T09:00:00Z}), else a 400 naming them. */
public final class Instants {

    private Instants() {
    }

    public static Instant parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(parameter,
                    "'" + Inputs.shorten(value) + "' is not an instant such as 2024-05-01T09:00:00Z");
        }
    }

    /** An {@code asOf} instant: not in the future, where nothing is known yet. */
    public static Instant asOf(String value) {
        Instant asOf = parse("asOf", value);
        if (asOf != null && asOf.isAfter(Instant.now())) {
            throw ProblemException.invalidField("asOf", "must not be in the future");
        }
        return asOf;
    }
}
