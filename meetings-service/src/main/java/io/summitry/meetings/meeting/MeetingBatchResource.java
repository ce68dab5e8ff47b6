package io.summitry.meetings.meeting;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.summitry.api.BatchResult;
import io.summitry.api.GroupedResult;
import io.summitry.api.IdsRequest;
import io.summitry.api.PageGroup;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.MeetingsByParticipantsRequest;
import io.summitry.api.meetings.SeriesNeighbours;
import io.summitry.service.batch.Ids;
import io.summitry.service.paging.PageRequest;

/** The batch reads of meetings the gateway makes: many keys in one request, answered in request order. */
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "meetings")
public class MeetingBatchResource {

    private final MeetingQueries queries;

    public MeetingBatchResource(MeetingQueries queries) {
        this.queries = queries;
    }

    @POST
    @Path("/by-ids")
    @Operation(summary = "Meetings by ids (batch), aligned with the ids")
    public BatchResult<MeetingDto> byIds(@Valid @NotNull IdsRequest request) {
        return queries.byIds(Ids.of(request));
    }

    @POST
    @Path("/sessions/by-meetings")
    @Operation(summary = "The meetings that are part of each meeting (batch)")
    public GroupedResult<MeetingDto> sessions(@Valid @NotNull IdsRequest request) {
        return queries.sessions(Ids.of(request));
    }

    @POST
    @Path("/prepared-by/by-meetings")
    @Operation(summary = "The meetings that prepare for each meeting (batch)")
    public GroupedResult<MeetingDto> preparedBy(@Valid @NotNull IdsRequest request) {
        return queries.preparedBy(Ids.of(request));
    }

    @POST
    @Path("/series-neighbours")
    @Operation(summary = "Previous and next meetings in the series of each meeting, by ordinal (batch)")
    public List<SeriesNeighbours> seriesNeighbours(@Valid @NotNull IdsRequest request) {
        return queries.seriesNeighbours(Ids.of(request));
    }

    @POST
    @Path("/by-participants")
    @Operation(summary = "Each person's meetings as participant, filtered and paged alike (batch)",
            description = MeetingResource.FILTER_RULE)
    public List<PageGroup<MeetingDto>> byParticipants(@Valid @NotNull MeetingsByParticipantsRequest request) {
        return queries.byParticipants(Ids.of(request.ids()), request.filter(), request.orderBy(),
                PageRequest.of(request.first(), request.after()));
    }
}
