package io.summitry.gateway.series;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.MeetingsClient;

/** createSeries, updateSeries. */
@GraphQLApi
@RolesAllowed("editor")
public class SeriesMutations {

    private final MeetingsClient meetings;

    SeriesMutations(MeetingsClient meetings) {
        this.meetings = meetings;
    }

    @Mutation("createSeries")
    @NonNull
    @Description("Creates a series; a slug already taken is a CONFLICT.")
    public Uni<Series> createSeries(@NonNull @Name("input") SeriesInput input) {
        return meetings.createSeries(input.toApi()).map(Series::of);
    }

    @Mutation("updateSeries")
    @NonNull
    @Description("Replaces a series (slug = the series to change); a stale expectedVersion is a CONFLICT.")
    public Uni<Series> updateSeries(@NonNull @Name("slug") String slug, @Name("expectedVersion") int expectedVersion,
            @NonNull @Name("input") SeriesInput input) {
        return meetings.updateSeries(slug, expectedVersion, input.toApi()).map(Series::of);
    }
}
