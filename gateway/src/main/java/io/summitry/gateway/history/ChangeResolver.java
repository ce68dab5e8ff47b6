package io.summitry.gateway.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.meeting.Meeting;
import io.summitry.gateway.node.GlobalId;
import io.summitry.gateway.node.Node;
import io.summitry.gateway.organization.Organization;
import io.summitry.gateway.person.Person;

/**
 * Change.node: the record as it is now, for the types that are Nodes (Meeting, Person, Organization); one batch call
 * per type and level, never one per change, and no call for the other types, which answer null.
 */
@GraphQLApi
public class ChangeResolver {

    private final MeetingsClient meetings;
    private final PeopleClient people;

    ChangeResolver(MeetingsClient meetings, PeopleClient people) {
        this.meetings = meetings;
        this.people = people;
    }

    @Description("The record as it is now; null once deleted, and for records that are not a Node (a Participant, "
            + "a Statement, a Series, ...).")
    public Uni<List<Node>> node(@Source List<Change> changes) {
        Uni<Map<UUID, Meeting>> meetingNodes = meetings.meetingsByIds(ids(changes, GlobalId.MEETING))
                .map(found -> convert(found, Meeting::of));
        Uni<Map<UUID, Person>> personNodes = people.peopleByIds(ids(changes, GlobalId.PERSON))
                .map(found -> convert(found, Person::of));
        Uni<Map<UUID, Organization>> organizationNodes = people
                .organizationsByIds(ids(changes, GlobalId.ORGANIZATION)).map(found -> convert(found, Organization::of));
        return Uni.combine().all().unis(meetingNodes, personNodes, organizationNodes).asTuple().map(found -> {
            List<Node> nodes = new ArrayList<>(changes.size());
            for (Change change : changes) {
                Map<UUID, ? extends Node> byId = switch (change.typename()) {
                    case GlobalId.MEETING -> found.getItem1();
                    case GlobalId.PERSON -> found.getItem2();
                    case GlobalId.ORGANIZATION -> found.getItem3();
                    default -> Map.of();
                };
                UUID uuid = change.uuid();
                nodes.add(uuid == null ? null : byId.get(uuid));
            }
            return nodes;
        });
    }

    private static List<UUID> ids(List<Change> changes, String typename) {
        return changes.stream().filter(c -> typename.equals(c.typename())).map(Change::uuid)
                .filter(java.util.Objects::nonNull).toList();
    }

    private static <D, N> Map<UUID, N> convert(Map<UUID, D> found, Function<D, N> of) {
        Map<UUID, N> converted = new java.util.HashMap<>();
        found.forEach((id, dto) -> converted.put(id, of.apply(dto)));
        return converted;
    }
}
