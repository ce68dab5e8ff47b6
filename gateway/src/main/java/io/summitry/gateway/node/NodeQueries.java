package io.summitry.gateway.node;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.error.GatewayException;
import io.summitry.gateway.id.GlobalId;
import io.summitry.gateway.id.Node;
import io.summitry.gateway.meeting.Meeting;
import io.summitry.gateway.organization.Organization;
import io.summitry.gateway.person.Person;

/** Query.node: refetch any Node by its global id. */
@GraphQLApi
public class NodeQueries {

    private final MeetingsClient meetings;
    private final PeopleClient people;

    NodeQueries(MeetingsClient meetings, PeopleClient people) {
        this.meetings = meetings;
        this.people = people;
    }

    @Query("node")
    @Description("Any Meeting, Person or Organization by its global id; null when there is none.")
    public Uni<Node> node(@NonNull @Id @Name("id") String id) {
        GlobalId globalId = GlobalId.parse(id);
        if (globalId == null) {
            throw GatewayException.badInput("Argument 'id' is not a global id: '" + id + "'");
        }
        return switch (globalId.type()) {
            case GlobalId.MEETING -> meetings.meeting(globalId.uuid()).map(Meeting::of);
            case GlobalId.PERSON -> people.person(globalId.uuid()).map(Person::of);
            case GlobalId.ORGANIZATION -> people.organization(globalId.uuid()).map(Organization::of);
            default -> throw GatewayException.badInput("Argument 'id' is the id of a " + globalId.type()
                    + ", which is not a Node");
        };
    }
}
