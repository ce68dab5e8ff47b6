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

import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.common.Given;
import io.summitry.gateway.country.CountryDirectory;
import io.summitry.gateway.error.GatewayException;
import io.summitry.gateway.history.Revision;
import io.summitry.gateway.id.GlobalId;
import io.summitry.gateway.reference.MergeAcrossServices;
import io.summitry.gateway.reference.Referent;
import io.summitry.gateway.reference.Tombstoned;

/** createPerson, updatePerson, restorePerson, mergePeople, deletePerson. */
@GraphQLApi
@RolesAllowed("editor")
public class PersonMutations {

    private final PeopleClient people;
    private final MeetingsClient meetings;

    private final Tombstoned tombstoned;
    private final CountryDirectory countries;
    private final Context context;

    PersonMutations(PeopleClient people, MeetingsClient meetings, Tombstoned tombstoned, CountryDirectory countries,
            Context context) {
        this.people = people;
        this.meetings = meetings;
        this.tombstoned = tombstoned;
        this.countries = countries;
        this.context = context;
    }

    @Mutation("createPerson")
    @NonNull
    public Uni<Person> createPerson(@NonNull @Name("input") PersonInput input, @Name("note") String note) {
        io.summitry.api.people.PersonInput api = input.toApi();
        return countries.requireKnown("input.nationality", single(api.nationality()))
                .chain(() -> people.createPerson(api)).map(Person::of);
    }

    @Mutation("updatePerson")
    @NonNull
    @Description("Changes the person: a field left out of the input keeps its stored value, an explicit null (or empty list) clears it. A stale expectedVersion is a CONFLICT and nothing changes.")
    public Uni<Person> updatePerson(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @NonNull @Name("input") PersonInput input, @Name("note") String note) {
        UUID uuid = GlobalId.decode("id", GlobalId.PERSON, id);
        Given given = Given.in(context, "input");
        return people.person(uuid).onItem().ifNull()
                .failWith(() -> GatewayException.notFound("There is no person with id " + id))
                .chain(stored -> {
                    io.summitry.api.people.PersonInput api = input.toApi(given, stored);
                    return countries.requireKnown("input.nationality", single(api.nationality()))
                            .chain(() -> people.updatePerson(uuid, expectedVersion, api));
                }).map(Person::of);
    }

    @Mutation("restorePerson")
    @NonNull
    @Description("Writes the person back as they were at that revision (a Change.revision of this person), as a "
            + "new RESTORED change. A stale expectedVersion is a CONFLICT; a revision of another record is "
            + "BAD_USER_INPUT.")
    public Uni<Person> restorePerson(@NonNull @Id @Name("id") String id, @NonNull @Id @Name("revision") String revision,
            @Name("expectedVersion") int expectedVersion, @Name("note") String note) {
        UUID uuid = GlobalId.decode("id", GlobalId.PERSON, id);
        long number = Revision.parse(revision);
        return Revision.named(people.restorePerson(uuid, number, expectedVersion), revision).map(Person::of);
    }

    private static List<String> single(String code) {
        return code == null ? List.of() : List.of(code);
    }

    @Mutation("mergePeople")
    @NonNull
    @Description("Merges the duplicate person fromId into intoId: every participant, mention and statement that names "
            + "fromId then names intoId, fromId's posts move to intoId, fromId's names become other names of intoId, "
            + "and fromId is deleted. The same id twice is BAD_USER_INPUT, an unknown one NOT_FOUND, a meeting both "
            + "take part in CONFLICT. If the merge fails after the references moved, the error says so and repeating "
            + "the mutation is safe.")
    public Uni<Person> mergePeople(@NonNull @Id @Name("fromId") String fromId, @NonNull @Id @Name("intoId") String intoId,
            @Name("note") String note) {
        List<UUID> ids = MergeAcrossServices.ids(GlobalId.PERSON, fromId, intoId);
        UUID from = ids.get(0);
        UUID into = ids.get(1);
        Uni<Person> merged = tombstoned.under(Referent.PERSON, from, MergeAcrossServices.movedThenMerged(
                meetings.movePeopleReferences(from, into), people.mergePerson(from, into), "mergePeople"))
                .map(Person::of);
        return MergeAcrossServices.bothExist(people.peopleByIds(ids), "person", GlobalId.PERSON, from, into)
                .chain(() -> merged);
    }

    @Mutation("deletePerson")
    @NonNull
    @Id
    @Description("Deletes the person and their posts; refused (CONFLICT, naming them) while a meeting lists them as "
            + "participant, a mention as person or mentionedBy, or a statement as speaker.")
    public Uni<String> deletePerson(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @Name("note") String note) {
        UUID uuid = GlobalId.decode("id", GlobalId.PERSON, id);
        return tombstoned.deleteUnreferenced(Referent.PERSON, uuid, people.deletePerson(uuid, expectedVersion))
                .replaceWith(id);
    }
}
