package io.summitry.api;

import java.time.LocalDate;

import io.summitry.edtf.FuzzyDate;

/**
 * A fuzzy date as the services store and answer it: the EDTF text as given, the bounds and precision derived from it,
 * a display text, and an optional note saying why these bounds when the source gave no exact date.
 * {@code searchFrom}/{@code searchTo} are the bounds that filters use: earliest/latest widened by one unit of the
 * date's precision when it is marked approximate or uncertain.
 */
public record FuzzyDateDto(String edtf, LocalDate earliest, LocalDate latest, String precision, String text,
        String note, LocalDate searchFrom, LocalDate searchTo) {

    public static FuzzyDateDto of(FuzzyDate date, String note) {
        return new FuzzyDateDto(date.edtf(), date.earliest(), date.latest(), date.precision().name(), date.text(),
                note, date.searchFrom(), date.searchTo());
    }
}
