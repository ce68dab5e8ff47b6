package io.summitry.people.country;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Sort;
import io.summitry.api.people.CountryDto;
import io.summitry.problem.ProblemException;

/** The ISO 3166-1 countries. */
@Path("/countries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Countries")
public class CountryResource {

    @GET
    @Operation(summary = "All ISO 3166-1 countries, by name")
    @APIResponse(responseCode = "200", description = "The countries")
    public List<CountryDto> list() {
        return Country.<Country> listAll(Sort.by("name")).stream().map(Country::toDto).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One country by its ISO 3166-1 alpha-2 code")
    @APIResponse(responseCode = "200", description = "The country")
    @APIResponse(responseCode = "404", description = "No country has this code")
    public CountryDto get(@PathParam("code") String code) {
        Country country = Country.findById(code.toUpperCase(java.util.Locale.ROOT));
        if (country == null) {
            throw ProblemException.notFound("Country", code);
        }
        return country.toDto();
    }
}
