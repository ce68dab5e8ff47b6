package io.summitry.gateway.meeting;

import java.util.List;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.common.Align;

/** DateReport.source. */
@GraphQLApi
public class DateReportResolver {

    private final MeetingsClient meetings;

    DateReportResolver(MeetingsClient meetings) {
        this.meetings = meetings;
    }

    @NonNull
    public Uni<List<io.summitry.gateway.source.@NonNull Source>> source(@Source List<DateReport> parents) {
        return meetings.sourcesByIds(parents.stream().map(DateReport::sourceId).toList())
                .map(found -> Align.one(parents, DateReport::sourceId, found,
                        io.summitry.gateway.source.Source::of));
    }
}
