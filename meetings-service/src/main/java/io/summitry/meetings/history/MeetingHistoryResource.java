package io.summitry.meetings.history;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.summitry.api.Page;
import io.summitry.api.PageGroup;
import io.summitry.api.history.ChangeDto;
import io.summitry.api.history.HistoryRequest;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.problem.ProblemException;
import io.summitry.service.batch.Ids;
import io.summitry.service.history.ChangeStore;
import io.summitry.service.history.Revisions;
import io.summitry.service.paging.PageRequest;
import io.summitry.service.version.Responses;
import io.summitry.service.version.Versions;

/** A meeting's history with its children's (participants, mentions, statements, date reports), and restore. */
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "History")
public class MeetingHistoryResource {

    @Inject
    ChangeStore changes;
    @Inject
    RecordHistory history;

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The changes of this meeting and of its participants, mentions, statements and date reports,"
            + " newest first, keyset-paginated")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A malformed id, page size or cursor")
    @APIResponse(responseCode = "404", description = "No meeting has ever had this id")
    public Page<ChangeDto> history(@PathParam("id") String id, @QueryParam("first") String first,
            @QueryParam("after") String after) {
        Page<ChangeDto> page = changes.history("Meeting", Ids.parse("id", id), PageRequest.of(first, after, null, null));
        if (page.totalCount() == 0) {
            throw ProblemException.notFound("Meeting", id);
        }
        return page;
    }

    @POST
    @Path("/history/by-ids")
    @Operation(summary = "The history of each meeting, one page per id, aligned with the request")
    @APIResponse(responseCode = "200", description = "One page per requested id, empty for unknown ids")
    @APIResponse(responseCode = "400", description = "A malformed id, page size or cursor, or too many ids")
    public List<PageGroup<ChangeDto>> historyByIds(@Valid @NotNull HistoryRequest request) {
        return changes.histories("Meeting", Ids.of(request.ids()), request.ids(),
                PageRequest.of(request.first(), request.after()));
    }

    @POST
    @Path("/{id}/restore")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Put back the meeting's own fields as they stood at a revision that changed it; needs If-Match")
    @APIResponse(responseCode = "200", description = "Restored (a new revision, its change RESTORED); new ETag set")
    @APIResponse(responseCode = "400", description = "The revision holds no state of this meeting")
    @APIResponse(responseCode = "404", description = "No meeting has this id")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response restore(@PathParam("id") String id, @QueryParam("revision") String revision,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        MeetingDto restored = history.restoreMeeting(Ids.parse("id", id), Revisions.parse(revision),
                Versions.expected(ifMatch));
        return Responses.ok(restored, restored.version());
    }
}
