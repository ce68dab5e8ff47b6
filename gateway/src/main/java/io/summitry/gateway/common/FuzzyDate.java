package io.summitry.gateway.common;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.FuzzyDateDto;

/** A date as precise as the source gave it: EDTF text, derived bounds and precision, display text, note. */
@Type("FuzzyDate")
@Description("A date as precise as the source gave it (EDTF, ISO 8601-2): sort by earliest/latest, filter by "
        + "searchFrom/searchTo, show text. note: why these bounds, when the source gave no exact date.")
public record FuzzyDate(@NonNull String edtf, LocalDate earliest, LocalDate latest,
        @NonNull DatePrecision precision, @NonNull String text, String note,
        @Description("The first day date filters consider: earliest, moved back by one unit of the date's precision "
                + "(a day, a month, a season, a year) when the date is approximate or uncertain (~, ?, %).")
        LocalDate searchFrom,
        @Description("The last day date filters consider: latest, moved on by one unit of the date's precision when "
                + "the date is approximate or uncertain (~, ?, %).")
        LocalDate searchTo) {

    public static FuzzyDate of(FuzzyDateDto dto) {
        if (dto == null) {
            return null;
        }
        return new FuzzyDate(dto.edtf(), dto.earliest(), dto.latest(), DatePrecision.of(dto.precision()),
                dto.text() == null ? dto.edtf() : dto.text(), dto.note(),
                dto.searchFrom() == null ? dto.earliest() : dto.searchFrom(),
                dto.searchTo() == null ? dto.latest() : dto.searchTo());
    }
}
