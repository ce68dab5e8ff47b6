package io.summitry.gateway.person;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.error.GatewayException;
import io.summitry.gateway.node.GlobalId;

/** createPerson, updatePerson, deletePerson. */
@GraphQLApi
@RolesAllowed("editor")
public class PersonMutations {

    private final PeopleClient people;
    private final MeetingsClient meetings;

    PersonMutations(PeopleClient people, MeetingsClient meetings) {
        this.people = people;
        this.meetings = meetings;
    }

    @Mutation("createPerson")
    @NonNull
    public Uni<Person> createPerson(@NonNull @Name("input") PersonInput input) {
        return people.createPerson(input.toApi()).map(Person::of);
    }

    @Mutation("updatePerson")
    @NonNull
    @Description("Replaces the person; a stale expectedVersion is a CONFLICT and nothing changes.")
    public Uni<Person> updatePerson(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @NonNull @Name("input") PersonInput input) {
        return people.updatePerson(GlobalId.decode("id", GlobalId.PERSON, id), expectedVersion, input.toApi())
                .map(Person::of);
    }

    @Mutation("deletePerson")
    @NonNull
    @Id
    @Description("Deletes the person and their posts; refused (CONFLICT) while meetings list them as participant.")
    public Uni<String> deletePerson(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion) {
        UUID uuid = GlobalId.decode("id", GlobalId.PERSON, id);
        Uni<Void> delete = people.deletePerson(uuid, expectedVersion);
        return meetings.participantsByPeople(List.of(uuid)).chain(found -> {
            int count = found.getOrDefault(uuid, List.of()).size();
            if (count > 0) {
                return Uni.createFrom().failure(GatewayException.conflict(
                        "The person takes part in " + count + " meeting(s); remove them as participant first"));
            }
            return delete;
        }).replaceWith(id);
    }
}
