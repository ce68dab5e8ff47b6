package io.summitry.gateway.series;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.MeetingsClient;

/** Query.series and Query.allSeries. */
@GraphQLApi
public class SeriesQueries {

    private final MeetingsClient meetings;

    SeriesQueries(MeetingsClient meetings) {
        this.meetings = meetings;
    }

    @Query("series")
    @Description("A series by slug; null when there is none.")
    public Uni<Series> series(@NonNull @Name("slug") String slug) {
        return meetings.series(slug).map(Series::of);
    }

    @Query("allSeries")
    @NonNull
    public Uni<List<@NonNull Series>> allSeries() {
        return meetings.allSeries().map(all -> all.stream().map(Series::of).toList());
    }
}
