package io.summitry.meetings.rest;

import io.summitry.api.FuzzyDateDto;
import io.summitry.api.FuzzyDateInput;
import io.summitry.edtf.EdtfParseException;
import io.summitry.edtf.FuzzyDate;
import io.summitry.problem.ProblemException;

/** Reads fuzzy dates written by clients (a bad EDTF string is a 400 naming the field) and stored ones. */
public final class FuzzyDates {

    private FuzzyDates() {
    }

    /** @param field where the date sits in the request, such as {@code date}; errors name {@code date.edtf} */
    public static FuzzyDate parse(String field, FuzzyDateInput input) {
        if (input == null) {
            throw ProblemException.invalidField(field, "is required");
        }
        try {
            return FuzzyDate.parse(input.edtf());
        } catch (EdtfParseException e) {
            throw ProblemException.invalidField(field + ".edtf", e.getMessage());
        }
    }

    /** The answer form of a stored date; stored text was valid when written, so it parses again. */
    public static FuzzyDateDto stored(String edtf, String note) {
        return FuzzyDateDto.of(FuzzyDate.parse(edtf), note);
    }
}
