package io.summitry.gateway.history;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;
import io.summitry.api.Page;
import io.summitry.api.history.ChangeDto;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.common.Paging;
import io.summitry.gateway.meeting.Meeting;
import io.summitry.gateway.organization.Organization;
import io.summitry.gateway.person.Person;
import io.summitry.gateway.series.Series;

/**
 * The {@code history} field of Meeting, Person, Organization, Series and Source: one batch call to the record's
 * service for all the records of a level (and, like every batched field with arguments, one per distinct
 * {@code first}/{@code after}: see batching/ArgumentSetBatching).
 */
@GraphQLApi
public class HistoryFields {

    private static final String WITH_CHILDREN = "Its changes, newest first (first 0-100), ";

    private final MeetingsClient meetings;
    private final PeopleClient people;

    HistoryFields(MeetingsClient meetings, PeopleClient people) {
        this.meetings = meetings;
        this.people = people;
    }

    @Name("history")
    @NonNull
    @Description(WITH_CHILDREN + "with its participants', mentions', statements', date reports' and sessions'.")
    public Uni<List<@NonNull ChangeConnection>> meetingHistory(@Source List<Meeting> parents,
            @Name("first") @DefaultValue("20") Integer first, @Name("after") String after) {
        int size = Paging.forward(first, after).first();
        return meetings.meetingHistories(parents.stream().map(Meeting::uuid).toList(), size, after)
                .map(found -> align(parents, Meeting::uuid, found));
    }

    @Name("history")
    @NonNull
    @Description(WITH_CHILDREN + "with its other names' and positions'.")
    public Uni<List<@NonNull ChangeConnection>> personHistory(@Source List<Person> parents,
            @Name("first") @DefaultValue("20") Integer first, @Name("after") String after) {
        int size = Paging.forward(first, after).first();
        return people.personHistories(parents.stream().map(Person::uuid).toList(), size, after)
                .map(found -> align(parents, Person::uuid, found));
    }

    @Name("history")
    @NonNull
    @Description("Its changes, newest first (first 0-100).")
    public Uni<List<@NonNull ChangeConnection>> organizationHistory(@Source List<Organization> parents,
            @Name("first") @DefaultValue("20") Integer first, @Name("after") String after) {
        int size = Paging.forward(first, after).first();
        return people.organizationHistories(parents.stream().map(Organization::uuid).toList(), size, after)
                .map(found -> align(parents, Organization::uuid, found));
    }

    @Name("history")
    @NonNull
    @Description("Its changes, newest first (first 0-100).")
    public Uni<List<@NonNull ChangeConnection>> seriesHistory(@Source List<Series> parents,
            @Name("first") @DefaultValue("20") Integer first, @Name("after") String after) {
        int size = Paging.forward(first, after).first();
        return meetings.seriesHistories(parents.stream().map(Series::slug).toList(), size, after)
                .map(found -> align(parents, Series::slug, found));
    }

    @Name("history")
    @NonNull
    @Description("Its changes, newest first (first 0-100).")
    public Uni<List<@NonNull ChangeConnection>> sourceHistory(@Source List<io.summitry.gateway.source.Source> parents,
            @Name("first") @DefaultValue("20") Integer first, @Name("after") String after) {
        int size = Paging.forward(first, after).first();
        return meetings.sourceHistories(parents.stream().map(io.summitry.gateway.source.Source::uuid).toList(), size, after)
                .map(found -> align(parents, io.summitry.gateway.source.Source::uuid, found));
    }

    private static <P, K> List<ChangeConnection> align(List<P> parents, Function<P, K> key,
            Map<K, Page<ChangeDto>> found) {
        return parents.stream().map(parent -> {
            K k = key.apply(parent);
            return k == null ? ChangeConnection.EMPTY : ChangeConnection.of(found.get(k));
        }).toList();
    }
}
