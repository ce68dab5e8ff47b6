package io.summitry.gateway.meeting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.common.Align;
import io.summitry.gateway.person.Person;

/** The fields of Mention that join other data. */
@GraphQLApi
public class MentionResolver {

    private final PeopleClient people;
    private final MeetingsClient meetings;

    MentionResolver(PeopleClient people, MeetingsClient meetings) {
        this.people = people;
        this.meetings = meetings;
    }

    @Description("The person named. Joined from people-service: null when that service is unavailable (with an "
            + "UPSTREAM_UNAVAILABLE error).")
    public Uni<List<Person>> person(@Source List<Mention> parents) {
        return people.peopleByIds(parents.stream().map(Mention::personId).toList())
                .map(found -> Align.one(parents, Mention::personId, found, Person::of));
    }

    @Description("Who named them. Joined from people-service: null when unknown or when that service is "
            + "unavailable (with an UPSTREAM_UNAVAILABLE error).")
    public Uni<List<Person>> mentionedBy(@Source List<Mention> parents) {
        return people.peopleByIds(parents.stream().map(Mention::mentionedById).toList())
                .map(found -> Align.one(parents, Mention::mentionedById, found, Person::of));
    }

    public Uni<List<io.summitry.gateway.source.Source>> source(@Source List<Mention> parents) {
        return meetings.sourcesByIds(parents.stream().map(Mention::sourceId).toList())
                .map(found -> Align.one(parents, Mention::sourceId, found, io.summitry.gateway.source.Source::of));
    }
}
