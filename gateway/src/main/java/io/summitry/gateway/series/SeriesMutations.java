package io.summitry.gateway.series;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Context;
import io.summitry.gateway.common.Given;
import io.summitry.gateway.error.GatewayException;
import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.MeetingsClient;

/** createSeries, updateSeries. */
@GraphQLApi
@RolesAllowed("editor")
public class SeriesMutations {

    private final MeetingsClient meetings;

    private final Context context;

    SeriesMutations(MeetingsClient meetings, Context context) {
        this.meetings = meetings;
        this.context = context;
    }

    @Mutation("createSeries")
    @NonNull
    @Description("Creates a series; a slug already taken is a CONFLICT.")
    public Uni<Series> createSeries(@NonNull @Name("input") SeriesInput input, @Name("note") String note) {
        return meetings.createSeries(input.toApi()).map(Series::of);
    }

    @Mutation("updateSeries")
    @NonNull
    @Description("Changes a series (slug = the series to change; input.slug may rename it): a field left out of "
            + "the input keeps its stored value, an explicit null clears it. A stale expectedVersion is a CONFLICT.")
    public Uni<Series> updateSeries(@NonNull @Name("slug") String slug, @Name("expectedVersion") int expectedVersion,
            @NonNull @Name("input") SeriesInput input, @Name("note") String note) {
        Given given = Given.in(context, "input");
        return meetings.series(slug).onItem().ifNull()
                .failWith(() -> GatewayException.notFound("There is no series with slug " + slug))
                .chain(stored -> meetings.updateSeries(slug, expectedVersion, input.toApi(given, stored)))
                .map(Series::of);
    }
}
