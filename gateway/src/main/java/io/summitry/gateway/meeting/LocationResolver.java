package io.summitry.gateway.meeting;

import java.util.List;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.country.Country;
import io.summitry.gateway.country.CountryDirectory;

/** Location.country. */
@GraphQLApi
public class LocationResolver {

    private final CountryDirectory countries;

    LocationResolver(CountryDirectory countries) {
        this.countries = countries;
    }

    public Uni<List<Country>> country(@Source List<Location> parents) {
        return countries.all().map(all -> parents.stream()
                .map(location -> CountryDirectory.lookup(all, location.countryCode())).toList());
    }
}
