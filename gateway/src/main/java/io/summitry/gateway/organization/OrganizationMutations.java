package io.summitry.gateway.organization;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.node.GlobalId;

/** createOrganization, updateOrganization, deleteOrganization. */
@GraphQLApi
@RolesAllowed("editor")
public class OrganizationMutations {

    private final PeopleClient people;

    OrganizationMutations(PeopleClient people) {
        this.people = people;
    }

    @Mutation("createOrganization")
    @NonNull
    @Description("Creates an organization; parentId must exist (BAD_USER_INPUT otherwise).")
    public Uni<Organization> createOrganization(@NonNull @Name("input") OrganizationInput input) {
        return people.createOrganization(input.toApi()).map(Organization::of);
    }

    @Mutation("updateOrganization")
    @NonNull
    @Description("Replaces an organization; a stale expectedVersion is a CONFLICT and nothing changes.")
    public Uni<Organization> updateOrganization(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @NonNull @Name("input") OrganizationInput input) {
        return people.updateOrganization(GlobalId.decode("id", GlobalId.ORGANIZATION, id), expectedVersion,
                input.toApi()).map(Organization::of);
    }

    @Mutation("deleteOrganization")
    @NonNull
    @Id
    @Description("Deletes an organization without children or posts (CONFLICT otherwise).")
    public Uni<String> deleteOrganization(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion) {
        return people.deleteOrganization(GlobalId.decode("id", GlobalId.ORGANIZATION, id), expectedVersion)
                .replaceWith(id);
    }
}
