package io.summitry.gateway.organization;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Context;
import io.summitry.gateway.common.Given;
import io.summitry.gateway.error.GatewayException;
import io.summitry.gateway.client.References;
import io.summitry.gateway.country.CountryDirectory;
import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.node.GlobalId;

/** createOrganization, updateOrganization, deleteOrganization. */
@GraphQLApi
@RolesAllowed("editor")
public class OrganizationMutations {

    private final PeopleClient people;

    private final References references;
    private final CountryDirectory countries;
    private final Context context;

    OrganizationMutations(PeopleClient people, References references, CountryDirectory countries, Context context) {
        this.people = people;
        this.references = references;
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

    @Mutation("deleteOrganization")
    @NonNull
    @Id
    @Description("Deletes an organization without children or posts (CONFLICT otherwise).")
    public Uni<String> deleteOrganization(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @Name("note") String note) {
        return people.deleteOrganization(GlobalId.decode("id", GlobalId.ORGANIZATION, id), expectedVersion)
                .replaceWith(id);
    }
}
