package io.summitry.gateway.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;
import io.summitry.api.meetings.MeetingOrder;
import io.summitry.api.people.PositionAtQuery;
import io.summitry.api.people.PositionsAtRequest;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.common.Align;
import io.summitry.gateway.common.Paging;
import io.summitry.gateway.country.Country;
import io.summitry.gateway.country.CountryDirectory;
import io.summitry.gateway.meeting.MeetingConnection;
import io.summitry.gateway.meeting.MeetingFilter;
import io.summitry.gateway.meeting.Statement;
import io.summitry.gateway.position.Position;

/**
 * The fields of Person that join other data. Fields with arguments are batched too, one batch per distinct set of
 * arguments at a level ({@code batching/ArgumentSetBatching}).
 */
@GraphQLApi
public class PersonResolver {

    private final PeopleClient people;
    private final MeetingsClient meetings;
    private final CountryDirectory countries;

    PersonResolver(PeopleClient people, MeetingsClient meetings, CountryDirectory countries) {
        this.people = people;
        this.meetings = meetings;
        this.countries = countries;
    }

    public Uni<List<Country>> nationality(@Source List<Person> parents) {
        return countries.all().map(all -> parents.stream()
                .map(person -> CountryDirectory.lookup(all, person.nationalityCode())).toList());
    }

    @NonNull
    @Description("Every post the person held, latest start first.")
    public Uni<List<@NonNull List<@NonNull Position>>> positions(@Source List<Person> parents) {
        return people.positionsByPeople(parents.stream().map(Person::uuid).toList())
                .map(found -> Align.many(parents, Person::uuid, found, Position::of));
    }

    @Description("The post held on that day, if any.")
    public Uni<List<Position>> positionAt(@Source List<Person> parents, @NonNull @Name("date") LocalDate date) {
        List<PositionAtQuery> queries = parents.stream().map(p -> new PositionAtQuery(p.uuid(), date, date)).toList();
        return people.positionsAt(new PositionsAtRequest(queries)).map(found -> {
            List<Position> results = new ArrayList<>(parents.size());
            for (int i = 0; i < parents.size(); i++) {
                results.add(i < found.size() ? Position.of(found.get(i)) : null);
            }
            return results;
        });
    }

    @Description("The meetings the person took part in, newest first unless orderBy says otherwise. Joined from "
            + "meetings-service: nullable in this schema so that when that service is unavailable only this field is "
            + "null (with an UPSTREAM_UNAVAILABLE error), not the person.")
    public Uni<List<MeetingConnection>> meetings(@Source List<Person> parents,
            @Name("filter") MeetingFilter filter, @Name("orderBy") @DefaultValue("DATE_DESC") MeetingOrder orderBy,
            @Name("first") @DefaultValue("20") Integer first, @Name("after") String after) {
        Paging paging = Paging.forward(first, after);
        return meetings.meetingsByParticipants(parents.stream().map(Person::uuid).toList(),
                MeetingFilter.toQuery(filter), orderBy, paging.first(), paging.after())
                .map(found -> Align.one(parents, Person::uuid, found, MeetingConnection::of).stream()
                        .map(connection -> connection == null ? MeetingConnection.of(null) : connection).toList());
    }

    @Description("What the person said at meetings, newest meeting first. Joined from meetings-service: nullable "
            + "in this schema so that when that service is unavailable only this field is null (with an "
            + "UPSTREAM_UNAVAILABLE error), not the person.")
    public Uni<List<List<@NonNull Statement>>> statements(@Source List<Person> parents) {
        return meetings.statementsBySpeakers(parents.stream().map(Person::uuid).toList())
                .map(found -> Align.many(parents, Person::uuid, found, Statement::of));
    }
}
