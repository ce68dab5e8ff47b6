package io.summitry.gateway.series;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.meetings.SeriesDto;

/** A recurring meeting format, keyed by slug; its meetings resolved by {@link SeriesResolver}. */
@Type("Series")
@Description("A recurring meeting format, such as the Defense Trilateral Talks (defense-trilateral-talks, DTT).")
public record Series(@NonNull String slug, @NonNull String name, String acronym, String description,
        int version) {

    public static Series of(SeriesDto dto) {
        return dto == null ? null
                : new Series(dto.slug(), dto.name(), dto.acronym(), dto.description(), (int) dto.version());
    }
}
