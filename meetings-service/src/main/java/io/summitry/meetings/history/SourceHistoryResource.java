package io.summitry.meetings.history;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.summitry.api.Page;
import io.summitry.api.PageGroup;
import io.summitry.api.history.ChangeDto;
import io.summitry.api.history.HistoryRequest;
import io.summitry.problem.ProblemException;
import io.summitry.service.batch.Ids;
import io.summitry.service.history.ChangeStore;
import io.summitry.service.paging.PageRequest;

/** A source's history. */
@Path("/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "History")
public class SourceHistoryResource {

    @Inject
    ChangeStore changes;

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The changes of this source, newest first, keyset-paginated")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "404", description = "No source has ever had this id")
    public Page<ChangeDto> history(@PathParam("id") String id, @QueryParam("first") String first,
            @QueryParam("after") String after) {
        Page<ChangeDto> page = changes.history("Source", Ids.parse("id", id), PageRequest.of(first, after, null, null));
        if (page.totalCount() == 0) {
            throw ProblemException.notFound("Source", id);
        }
        return page;
    }

    @POST
    @Path("/history/by-ids")
    @Operation(summary = "The history of each source, one page per id, aligned with the request")
    @APIResponse(responseCode = "200", description = "One page per requested id, empty for unknown ids")
    public List<PageGroup<ChangeDto>> historyByIds(@Valid @NotNull HistoryRequest request) {
        return changes.histories("Source", Ids.of(request.ids()), request.ids(),
                PageRequest.of(request.first(), request.after()));
    }
}
