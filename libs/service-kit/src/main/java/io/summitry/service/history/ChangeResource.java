package io.summitry.service.history;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.summitry.api.Page;
import io.summitry.api.history.ChangeDto;
import io.summitry.service.paging.PageRequest;

/** Every change this service has kept, newest first: its "recent changes". */
@Path("/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History")
public class ChangeResource {

    @Inject
    ChangeStore changes;

    @GET
    @Operation(summary = "Every change, newest first (revision desc, then typename, id), keyset-paginated")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A malformed instant, page size or cursor")
    public Page<ChangeDto> list(
            @Parameter(description = "Only changes of records of these types (Person, Meeting, ...)")
            @QueryParam("typename") List<String> typenames,
            @Parameter(description = "Only changes by these editors (token subjects)")
            @QueryParam("editor") List<String> editors,
            @Parameter(description = "Only changes committed at or after this ISO instant") @QueryParam("since") String since,
            @Parameter(description = "Only changes committed at or before this ISO instant") @QueryParam("until") String until,
            @QueryParam("first") String first, @QueryParam("after") String after) {
        ChangeStore.Filter filter = new ChangeStore.Filter(typenames, editors, Instants.parse("since", since),
                Instants.parse("until", until));
        return changes.changes(filter, PageRequest.of(first, after, null, null));
    }
}
