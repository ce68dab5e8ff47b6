package io.summitry.gateway.organization;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.MeetingsClient;
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

    private final MeetingsClient meetings;

    OrganizationResolver(PeopleClient people, CountryDirectory countries, MeetingsClient meetings) {
        this.people = people;
        this.countries = countries;
        this.meetings = meetings;
    }

    @Description("The sources for this organization, where no article names it. Joined from meetings-service: "
            + "nullable in this schema so that when that service is unavailable only this field is null (with an "
            + "UPSTREAM_UNAVAILABLE error).")
    public Uni<List<List<io.summitry.gateway.source.@NonNull Source>>> sources(
            @Source List<Organization> parents) {
        return meetings.sourcesByIds(Align.keys(parents, Organization::sourceIds))
                .map(found -> Align.each(parents, Organization::sourceIds, found,
                        io.summitry.gateway.source.Source::of));
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
    @Description("The posts in this organization; only those held on that day when 'at' is given. Batched: one "
            + "query should not ask this field with different 'at' values at one level.")
    public Uni<List<@NonNull List<@NonNull Position>>> positions(@Source List<Organization> parents,
            @Name("at") LocalDate at) {
        return people.positionsByOrganizations(parents.stream().map(Organization::uuid).toList(), at)
                .map(found -> Align.many(parents, Organization::uuid, found, Position::of));
    }
}
