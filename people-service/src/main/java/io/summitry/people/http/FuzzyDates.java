package io.summitry.people.http;

import java.util.List;

import io.summitry.edtf.EdtfParseException;
import io.summitry.edtf.FuzzyDate;
import io.summitry.problem.Problem;
import io.summitry.problem.ProblemException;
import io.summitry.problem.ProblemType;

/** Validates EDTF input, answering a 400 that names the field, the input and where it went wrong. */
public final class FuzzyDates {

    private FuzzyDates() {
    }

    public static FuzzyDate parse(String field, String edtf) {
        try {
            return FuzzyDate.parse(edtf);
        } catch (EdtfParseException e) {
            String message = "'" + e.input() + "' is not a valid EDTF date at position " + e.position() + ": "
                    + e.reason();
            throw new ProblemException(ProblemType.INVALID_INPUT, field + ": " + message,
                    List.of(new Problem.FieldError(field, message)));
        }
    }
}
