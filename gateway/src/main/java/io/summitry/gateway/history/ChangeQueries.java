package io.summitry.gateway.history;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;
import io.summitry.api.Page;
import io.summitry.api.history.ChangeDto;
import io.summitry.gateway.client.ChangeQuery;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.common.Paging;
import io.summitry.gateway.error.GatewayException;

/**
 * Query.changes: both services' changes in one list, newest first. Each page asks each service concerned for one
 * page after its own position (at most two calls, in parallel) and merges them ({@link ChangeMerge}).
 */
@GraphQLApi
public class ChangeQueries {

    private final MeetingsClient meetings;
    private final PeopleClient people;

    ChangeQueries(MeetingsClient meetings, PeopleClient people) {
        this.meetings = meetings;
        this.people = people;
    }

    @Query("changes")
    @NonNull
    @Description("Every record's changes, newest first (first 0-100), filtered by type, editor and time.")
    public Uni<ChangeConnection> changes(@Name("filter") ChangeFilter filter,
            @Name("first") @DefaultValue("20") Integer first, @Name("after") String after) {
        int size = Paging.forward(first, after).first();
        ChangesCursor start = ChangesCursor.decode("after", after);
        ChangeFilter f = filter == null ? new ChangeFilter(null, null, null, null) : filter;
        if (f.since() != null && f.until() != null && f.until().isBefore(f.since())) {
            throw GatewayException.badInput("Argument 'filter.until' is before 'filter.since'");
        }
        List<String> meetingTypes = RecordTypes.of(RecordTypes.MEETINGS, f.typenames());
        List<String> peopleTypes = RecordTypes.of(RecordTypes.PEOPLE, f.typenames());
        String since = f.since() == null ? null : f.since().toString();
        String until = f.until() == null ? null : f.until().toString();
        Uni<Page<ChangeDto>> fromMeetings = meetingTypes != null && meetingTypes.isEmpty()
                ? Uni.createFrom().nullItem()
                : meetings.changes(new ChangeQuery(meetingTypes, f.editorIds(), since, until), size, start.meetings());
        Uni<Page<ChangeDto>> fromPeople = peopleTypes != null && peopleTypes.isEmpty()
                ? Uni.createFrom().nullItem()
                : people.changes(new ChangeQuery(peopleTypes, f.editorIds(), since, until), size, start.people());
        return Uni.combine().all().unis(fromMeetings, fromPeople).asTuple()
                .map(pages -> ChangeMerge.merge(pages.getItem1(), pages.getItem2(), start, size));
    }
}
