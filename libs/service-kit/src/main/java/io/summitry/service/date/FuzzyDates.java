package io.summitry.service.date;

import io.summitry.api.FuzzyDateDto;
import io.summitry.api.FuzzyDateInput;
import io.summitry.edtf.EdtfParseException;
import io.summitry.edtf.FuzzyDate;
import io.summitry.problem.ProblemException;

/** Reads fuzzy dates written by clients (a bad EDTF string is a 400 naming the field and the input) and stored ones. */
public final class FuzzyDates {

    private FuzzyDates() {
    }

    /**
     * A date that must be there.
     *
     * @param field where the date sits in the request, such as {@code date}; errors name {@code date.edtf}
     */
    public static FuzzyDate parse(String field, FuzzyDateInput input) {
        if (input == null) {
            throw ProblemException.invalidField(field, "is required");
        }
        String edtf = input.edtf() == null ? "" : input.edtf().strip();
        try {
            return FuzzyDate.parse(edtf);
        } catch (EdtfParseException e) {
            throw ProblemException.invalidField(field + ".edtf", "'" + e.input() + "' is not a valid EDTF date at "
                    + "position " + e.position() + ": " + e.reason());
        }
    }

    /** The answer form of a stored date, null when none is stored; stored text was valid when written. */
    public static FuzzyDateDto stored(String edtf, String note) {
        return edtf == null ? null : FuzzyDateDto.of(FuzzyDate.parse(edtf), note);
    }
}
