package io.summitry.gateway.meeting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;
import io.summitry.api.people.PositionAtQuery;
import io.summitry.api.people.PositionsAtRequest;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.common.Align;
import io.summitry.gateway.country.Country;
import io.summitry.gateway.country.CountryDirectory;
import io.summitry.gateway.person.Person;
import io.summitry.gateway.position.Position;

/** The fields of Participant that join other data: the person, the post held then, the delegation, the sources. */
@GraphQLApi
public class ParticipantResolver {

    private final PeopleClient people;
    private final MeetingsClient meetings;
    private final CountryDirectory countries;

    ParticipantResolver(PeopleClient people, MeetingsClient meetings, CountryDirectory countries) {
        this.people = people;
        this.meetings = meetings;
        this.countries = countries;
    }

    @Description("The person taking part. Joined from people-service: null when that service is unavailable "
            + "(with an UPSTREAM_UNAVAILABLE error), so the participant itself is still answered.")
    public Uni<List<Person>> person(@Source List<Participant> parents) {
        return people.peopleByIds(parents.stream().map(Participant::personId).toList())
                .map(found -> Align.one(parents, Participant::personId, found, Person::of));
    }

    @Description("The post the person held on the meeting's date (for a fuzzy date: a post that certainly covers "
            + "it wins over one that only may). Joined from people-service: null when none, or when that service is "
            + "unavailable (with an UPSTREAM_UNAVAILABLE error).")
    public Uni<List<Position>> position(@Source List<Participant> parents) {
        List<PositionAtQuery> queries = parents.stream().map(p -> new PositionAtQuery(p.personId(),
                p.meetingDate() == null ? null : p.meetingDate().earliest(),
                p.meetingDate() == null ? null : p.meetingDate().latest())).toList();
        return people.positionsAt(new PositionsAtRequest(queries)).map(found -> {
            List<Position> results = new ArrayList<>(parents.size());
            for (int i = 0; i < parents.size(); i++) {
                results.add(i < found.size() ? Position.of(found.get(i)) : null);
            }
            return results;
        });
    }

    @Description("The country whose delegation the person was part of.")
    public Uni<List<Country>> delegation(@Source List<Participant> parents) {
        return countries.all().map(all -> parents.stream()
                .map(p -> CountryDirectory.lookup(all, p.delegationCountryCode())).toList());
    }

    @NonNull
    @Description("The sources that report this participation.")
    public Uni<List<@NonNull List<io.summitry.gateway.source.@NonNull Source>>> sources(
            @Source List<Participant> parents) {
        return meetings.sourcesByIds(Align.keys(parents, Participant::sourceIds))
                .map(found -> Align.each(parents, Participant::sourceIds, found,
                        io.summitry.gateway.source.Source::of));
    }
}
