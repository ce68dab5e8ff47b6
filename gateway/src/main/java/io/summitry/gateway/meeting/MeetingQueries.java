package io.summitry.gateway.meeting;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;
import io.summitry.api.meetings.MeetingOrder;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.common.AsOf;
import io.summitry.gateway.common.Paging;
import io.summitry.gateway.node.GlobalId;

/** Query.meeting and Query.meetings. */
@GraphQLApi
public class MeetingQueries {

    private final MeetingsClient meetings;

    MeetingQueries(MeetingsClient meetings) {
        this.meetings = meetings;
    }

    @Query("meeting")
    @Description("A meeting by its global id; null when there is none. With asOf: the meeting's own fields as they "
            + "stood at that instant (null when it did not exist then; its joined records as they are now).")
    public Uni<Meeting> meeting(@NonNull @Id @Name("id") String id, @Name("asOf") Instant asOf) {
        UUID uuid = GlobalId.decode("id", GlobalId.MEETING, id);
        if (asOf != null) {
            return meetings.meetingAsOf(uuid, AsOf.checked(asOf)).map(Meeting::of);
        }
        return meetings.meeting(uuid).map(Meeting::of);
    }

    @Query("meetings")
    @NonNull
    @Description("Meetings matching the filter, a page at a time (first 0-100; last/before read backwards).")
    public Uni<MeetingConnection> meetings(@Name("filter") MeetingFilter filter,
            @Name("orderBy") @DefaultValue("DATE_DESC") MeetingOrder orderBy,
            @Name("first") @DefaultValue("20") Integer first, @Name("after") String after,
            @Name("last") Integer last, @Name("before") String before) {
        Paging paging = Paging.of(first, after, last, before);
        return meetings.meetings(MeetingFilter.toQuery(filter), orderBy, paging.first(), paging.after(),
                paging.last(), paging.before()).map(MeetingConnection::of);
    }
}
