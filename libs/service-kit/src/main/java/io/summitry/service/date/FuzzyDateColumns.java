package io.summitry.service.date;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

import io.summitry.api.FuzzyDateDto;
import io.summitry.api.FuzzyDateInput;
import io.summitry.edtf.FuzzyDate;

/** A fuzzy date as stored: the EDTF text, the bounds and precision derived from it (for SQL), and a note. */
@Embeddable
public class FuzzyDateColumns {

    public String edtf;

    public LocalDate earliest;

    public LocalDate latest;

    public String precision;

    public String note;

    /** The columns of an optional date; an invalid EDTF string is a 400 naming {@code field}.edtf. */
    public static FuzzyDateColumns of(String field, FuzzyDateInput input) {
        if (input == null) {
            return null;
        }
        FuzzyDate date = FuzzyDates.parse(field, input);
        FuzzyDateColumns columns = new FuzzyDateColumns();
        columns.edtf = date.edtf();
        columns.earliest = date.earliest();
        columns.latest = date.latest();
        columns.precision = date.precision().name();
        columns.note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        return columns;
    }

    /** The answer form of these columns, null for none. */
    public static FuzzyDateDto toDto(FuzzyDateColumns columns) {
        return columns == null ? null : FuzzyDates.stored(columns.edtf, columns.note);
    }
}
