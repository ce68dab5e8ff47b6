package io.summitry.gateway.organization;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.common.Paging;
import io.summitry.gateway.id.GlobalId;

/** Query.organization and Query.organizations. */
@GraphQLApi
public class OrganizationQueries {

    private final PeopleClient people;

    OrganizationQueries(PeopleClient people) {
        this.people = people;
    }

    @Query("organization")
    @Description("An organization by global id; null when there is none.")
    public Uni<Organization> organization(@NonNull @Id @Name("id") String id) {
        return people.organization(GlobalId.decode("id", GlobalId.ORGANIZATION, id)).map(Organization::of);
    }

    @Query("organizations")
    @NonNull
    @Description("Organizations matching the filter, by name, a page at a time (first 0-100).")
    public Uni<OrganizationConnection> organizations(@Name("filter") OrganizationFilter filter,
            @Name("first") @DefaultValue("20") Integer first, @Name("after") String after,
            @Name("last") Integer last, @Name("before") String before) {
        Paging paging = Paging.of(first, after, last, before);
        OrganizationFilter f = filter == null ? new OrganizationFilter(null, null, null, null) : filter;
        return people.organizations(f.text(), f.kinds(), f.countryCode(),
                GlobalId.decode("filter.parentId", GlobalId.ORGANIZATION, f.parentId()),
                paging.first(), paging.after(), paging.last(), paging.before()).map(OrganizationConnection::of);
    }
}
