package io.summitry.gateway.organization;

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
import io.summitry.gateway.client.References;
import io.summitry.gateway.common.Given;
import io.summitry.gateway.country.CountryDirectory;
import io.summitry.gateway.error.GatewayException;
import io.summitry.gateway.id.GlobalId;
import io.summitry.gateway.reference.MergeAcrossServices;
import io.summitry.gateway.reference.Referent;
import io.summitry.gateway.reference.Tombstoned;

/** createOrganization, updateOrganization, mergeOrganizations, deleteOrganization. */
@GraphQLApi
@RolesAllowed("editor")
public class OrganizationMutations {

    private final PeopleClient people;

    private final MeetingsClient meetings;
    private final References references;
    private final Tombstoned tombstoned;
    private final CountryDirectory countries;
    private final Context context;

    OrganizationMutations(PeopleClient people, MeetingsClient meetings, References references, Tombstoned tombstoned,
            CountryDirectory countries, Context context) {
        this.people = people;
        this.meetings = meetings;
        this.references = references;
        this.tombstoned = tombstoned;
        this.countries = countries;
        this.context = context;
    }

    @Mutation("createOrganization")
    @NonNull
    @Description("Creates an organization; parentId, sourceIds and countryCode must exist (BAD_USER_INPUT "
            + "otherwise).")
    public Uni<Organization> createOrganization(@NonNull @Name("input") OrganizationInput input, @Name("note") String note) {
        io.summitry.api.people.OrganizationInput api = input.toApi();
        return checked(api).chain(() -> people.createOrganization(api)).map(Organization::of);
    }

    @Mutation("updateOrganization")
    @NonNull
    @Description("Changes the organization: a field left out of the input keeps its stored value, an explicit null (or empty list) clears it. A stale expectedVersion is a CONFLICT and nothing changes.")
    public Uni<Organization> updateOrganization(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @NonNull @Name("input") OrganizationInput input, @Name("note") String note) {
        java.util.UUID uuid = GlobalId.decode("id", GlobalId.ORGANIZATION, id);
        Given given = Given.in(context, "input");
        return people.organization(uuid).onItem().ifNull()
                .failWith(() -> GatewayException.notFound("There is no organization with id " + id))
                .chain(stored -> {
                    io.summitry.api.people.OrganizationInput api = input.toApi(given, stored);
                    return checked(api).chain(() -> people.updateOrganization(uuid, expectedVersion, api));
                }).map(Organization::of);
    }

    private Uni<Void> checked(io.summitry.api.people.OrganizationInput api) {
        return Uni.combine().all()
                .unis(references.sources("input.sourceIds", api.sourceIds()),
                        countries.requireKnown("input.countryCode",
                                api.countryCode() == null ? java.util.List.of() : java.util.List.of(api.countryCode())))
                .discardItems();
    }

    @Mutation("mergeOrganizations")
    @NonNull
    @Description("Merges the duplicate organization fromId into intoId: every meeting it hosted is then hosted by "
            + "intoId, its posts and child organizations move to intoId, its sources are added, and fromId is "
            + "deleted. The same id twice, or intoId a descendant of fromId, is BAD_USER_INPUT; an unknown id "
            + "NOT_FOUND. If the merge fails after the meetings moved, the error says so and repeating the mutation "
            + "is safe.")
    public Uni<Organization> mergeOrganizations(@NonNull @Id @Name("fromId") String fromId,
            @NonNull @Id @Name("intoId") String intoId, @Name("note") String note) {
        List<UUID> ids = MergeAcrossServices.ids(GlobalId.ORGANIZATION, fromId, intoId);
        UUID from = ids.get(0);
        UUID into = ids.get(1);
        Uni<Organization> merged = tombstoned.under(Referent.ORGANIZATION, from, MergeAcrossServices.movedThenMerged(
                meetings.moveOrganizationReferences(from, into), people.mergeOrganization(from, into),
                "mergeOrganizations")).map(Organization::of);
        return MergeAcrossServices.bothExist(people.organizationsByIds(ids), "organization", GlobalId.ORGANIZATION,
                from, into).chain(() -> merged);
    }

    @Mutation("deleteOrganization")
    @NonNull
    @Id
    @Description("Deletes an organization without children or posts (CONFLICT otherwise), refused too (CONFLICT, "
            + "naming them) while a meeting names it as host.")
    public Uni<String> deleteOrganization(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @Name("note") String note) {
        UUID uuid = GlobalId.decode("id", GlobalId.ORGANIZATION, id);
        return tombstoned.deleteUnreferenced(Referent.ORGANIZATION, uuid,
                people.deleteOrganization(uuid, expectedVersion)).replaceWith(id);
    }
}
