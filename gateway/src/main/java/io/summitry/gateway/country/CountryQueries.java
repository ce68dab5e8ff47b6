package io.summitry.gateway.country;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

/** Query.countries. */
@GraphQLApi
public class CountryQueries {

    private final CountryDirectory directory;

    CountryQueries(CountryDirectory directory) {
        this.directory = directory;
    }

    @Query("countries")
    @Description("All ISO 3166-1 countries, by name.")
    public Uni<@NonNull List<@NonNull Country>> countries() {
        return directory.all().map(countries -> new ArrayList<>(countries.values()));
    }
}
