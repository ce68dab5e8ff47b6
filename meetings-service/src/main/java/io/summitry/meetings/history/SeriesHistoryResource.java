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
import io.summitry.service.history.ChangeStore;
import io.summitry.service.paging.PageRequest;

/** A series' history, by slug; its changes carry the series' history id, the name-based UUID of its slug. */
@Path("/series")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "History")
public class SeriesHistoryResource {

    @Inject
    ChangeStore changes;

    @GET
    @Path("/{slug}/history")
    @Operation(summary = "The changes of this series, newest first, keyset-paginated")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "404", description = "No series has ever had this slug")
    public Page<ChangeDto> history(@PathParam("slug") String slug, @QueryParam("first") String first,
            @QueryParam("after") String after) {
        Page<ChangeDto> page = changes.history("Series", RecordHistory.seriesKey(slug),
                PageRequest.of(first, after, null, null));
        if (page.totalCount() == 0) {
            throw ProblemException.notFound("Series", slug);
        }
        return page;
    }

    @POST
    @Path("/history/by-slugs")
    @Operation(summary = "The history of each series, one page per slug, aligned with the request")
    @APIResponse(responseCode = "200", description = "One page per requested slug, empty for unknown slugs")
    public List<PageGroup<ChangeDto>> historyBySlugs(@Valid @NotNull HistoryRequest request) {
        return changes.histories("Series", request.ids().stream().map(RecordHistory::seriesKey).toList(),
                request.ids(), PageRequest.of(request.first(), request.after()));
    }
}
