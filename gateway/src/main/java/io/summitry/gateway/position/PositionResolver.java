package io.summitry.gateway.position;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.common.Align;
import io.summitry.gateway.organization.Organization;
import io.summitry.gateway.person.Person;

/** The fields of Position that join other data. */
@GraphQLApi
public class PositionResolver {

    private final PeopleClient people;
    private final MeetingsClient meetings;

    PositionResolver(PeopleClient people, MeetingsClient meetings) {
        this.people = people;
        this.meetings = meetings;
    }

    @Description("Where the post is. Nullable in this schema (though always set) so that a failed lookup nulls "
            + "only this field, with an UPSTREAM_UNAVAILABLE error.")
    public Uni<List<Organization>> organization(@Source List<Position> parents) {
        return people.organizationsByIds(parents.stream().map(Position::organizationId).toList())
                .map(found -> Align.one(parents, Position::organizationId, found, Organization::of));
    }

    @Description("Who held the post. Nullable in this schema (though always set) so that a failed lookup nulls "
            + "only this field, with an UPSTREAM_UNAVAILABLE error.")
    public Uni<List<Person>> person(@Source List<Position> parents) {
        return people.peopleByIds(parents.stream().map(Position::personId).toList())
                .map(found -> Align.one(parents, Position::personId, found, Person::of));
    }

    @Description("The sources for this post. Joined from meetings-service: nullable in this schema so that when "
            + "that service is unavailable only this field is null (with an UPSTREAM_UNAVAILABLE error).")
    public Uni<List<List<io.summitry.gateway.source.@NonNull Source>>> sources(
            @Source List<Position> parents) {
        return meetings.sourcesByIds(Align.keys(parents, Position::sourceIds))
                .map(found -> Align.each(parents, Position::sourceIds, found,
                        io.summitry.gateway.source.Source::of));
    }
}
