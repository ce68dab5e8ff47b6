package io.summitry.people.position;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

import io.summitry.api.FuzzyDateDto;
import io.summitry.api.FuzzyDateInput;
import io.summitry.edtf.FuzzyDate;
import io.summitry.people.http.FuzzyDates;

/** A fuzzy date as stored: the EDTF text, the bounds and precision derived from it (for SQL), and a note. */
@Embeddable
public class FuzzyDateColumns {

    public String edtf;

    public LocalDate earliest;

    public LocalDate latest;

    public String precision;

    public String note;

    /** Parses an editor's input, answering a 400 naming {@code field}.edtf when the EDTF is invalid. */
    static FuzzyDateColumns of(String field, FuzzyDateInput input) {
        if (input == null) {
            return null;
        }
        FuzzyDate date = FuzzyDates.parse(field + ".edtf", input.edtf().strip());
        FuzzyDateColumns columns = new FuzzyDateColumns();
        columns.edtf = date.edtf();
        columns.earliest = date.earliest();
        columns.latest = date.latest();
        columns.precision = date.precision().name();
        columns.note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        return columns;
    }

    static FuzzyDateDto toDto(FuzzyDateColumns columns) {
        return columns == null ? null : toDto(columns.edtf, columns.note);
    }

    /** Rebuilds the answer from a stored EDTF string, which parses again to the same bounds. */
    static FuzzyDateDto toDto(String edtf, String note) {
        return edtf == null ? null : FuzzyDateDto.of(FuzzyDate.parse(edtf), note);
    }
}
