package io.summitry.gateway.organization;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.common.Align;
import io.summitry.gateway.country.Country;
import io.summitry.gateway.country.CountryDirectory;
import io.summitry.gateway.position.Position;

/** The fields of Organization that join other data. */
@GraphQLApi
public class OrganizationResolver {

    private final PeopleClient people;
    private final CountryDirectory countries;

    OrganizationResolver(PeopleClient people, CountryDirectory countries) {
        this.people = people;
        this.countries = countries;
    }

    public Uni<List<Country>> country(@Source List<Organization> parents) {
        return countries.all().map(all -> parents.stream()
                .map(organization -> CountryDirectory.lookup(all, organization.countryCode())).toList());
    }

    @Description("The organization this one is part of.")
    public Uni<List<Organization>> parent(@Source List<Organization> parents) {
        return people.organizationsByIds(parents.stream().map(Organization::parentId).toList())
                .map(found -> Align.one(parents, Organization::parentId, found, Organization::of));
    }

    @NonNull
    @Description("The organizations directly under this one, by name.")
    public Uni<List<@NonNull List<@NonNull Organization>>> children(@Source List<Organization> parents) {
        return people.childrenByParents(parents.stream().map(Organization::uuid).toList())
                .map(found -> Align.many(parents, Organization::uuid, found, Organization::of));
    }

    @NonNull
    @Description("The posts in this organization; only those held on that day when 'at' is given.")
    public Uni<List<@NonNull List<@NonNull Position>>> positions(@Source List<Organization> parents,
            @Name("at") LocalDate at) {
        return people.positionsByOrganizations(parents.stream().map(Organization::uuid).toList(), at)
                .map(found -> Align.many(parents, Organization::uuid, found, Position::of));
    }
}
