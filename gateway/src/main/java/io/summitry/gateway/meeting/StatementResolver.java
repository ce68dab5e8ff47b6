package io.summitry.gateway.meeting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.common.Align;
import io.summitry.gateway.person.Person;

/** The fields of Statement that join other data. */
@GraphQLApi
public class StatementResolver {

    private final PeopleClient people;
    private final MeetingsClient meetings;

    StatementResolver(PeopleClient people, MeetingsClient meetings) {
        this.people = people;
        this.meetings = meetings;
    }

    @Description("The first of speakers; null when the source names nobody (see attribution). Joined from "
            + "people-service: null too when that service is unavailable (with an UPSTREAM_UNAVAILABLE error).")
    public Uni<List<Person>> speaker(@Source List<Statement> parents) {
        return people.peopleByIds(parents.stream().map(Statement::firstSpeakerId).toList())
                .map(found -> Align.one(parents, Statement::firstSpeakerId, found, Person::of));
    }

    @Description("Who made the statement, in the source's order: all signatories of a joint statement; empty when "
            + "the source names nobody (see attribution). Joined from people-service: null when that service is "
            + "unavailable (with an UPSTREAM_UNAVAILABLE error).")
    public Uni<List<List<@NonNull Person>>> speakers(@Source List<Statement> parents) {
        return people.peopleByIds(Align.keys(parents, Statement::speakerIds))
                .map(found -> Align.each(parents, Statement::speakerIds, found, Person::of));
    }

    @NonNull
    public Uni<List<@NonNull Meeting>> meeting(@Source List<Statement> parents) {
        return meetings.meetingsByIds(parents.stream().map(Statement::meetingId).toList())
                .map(found -> Align.one(parents, Statement::meetingId, found, Meeting::of));
    }

    public Uni<List<io.summitry.gateway.source.Source>> source(@Source List<Statement> parents) {
        return meetings.sourcesByIds(parents.stream().map(Statement::sourceId).toList())
                .map(found -> Align.one(parents, Statement::sourceId, found,
                        io.summitry.gateway.source.Source::of));
    }
}
