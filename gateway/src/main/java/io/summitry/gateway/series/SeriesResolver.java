package io.summitry.gateway.series;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.common.Align;
import io.summitry.gateway.meeting.Meeting;

/** Series.meetings. */
@GraphQLApi
public class SeriesResolver {

    private final MeetingsClient meetings;

    SeriesResolver(MeetingsClient meetings) {
        this.meetings = meetings;
    }

    @NonNull
    @Description("The rounds of the series, by ordinal.")
    public Uni<List<@NonNull List<@NonNull Meeting>>> meetings(@Source List<Series> parents) {
        return meetings.meetingsBySeries(parents.stream().map(Series::slug).toList())
                .map(found -> Align.many(parents, Series::slug, found, Meeting::of));
    }
}
