package io.summitry.api;

import java.time.LocalDate;

import io.summitry.edtf.FuzzyDate;

/**
 * A fuzzy date as the services store and answer it: the EDTF text as given, the bounds and precision derived from it,
 * a display text, and an optional note saying why these bounds when the source gave no exact date.
 */
public record FuzzyDateDto(String edtf, LocalDate earliest, LocalDate latest, String precision, String text,
        String note) {

    public static FuzzyDateDto of(FuzzyDate date, String note) {
        return new FuzzyDateDto(date.edtf(), date.earliest(), date.latest(), date.precision().name(), date.text(),
                note);
    }
}
