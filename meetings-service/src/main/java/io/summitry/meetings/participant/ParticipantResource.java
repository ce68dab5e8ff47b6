package io.summitry.meetings.participant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.summitry.api.GroupedResult;
import io.summitry.api.IdsRequest;
import io.summitry.api.meetings.ParticipantDto;
import io.summitry.meetings.rest.Ids;

/** Batch reads of participants; they are added and removed under {@code /meetings/{id}/participants}. */
@Path("/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "participants")
public class ParticipantResource {

    private final ParticipantService participants;

    public ParticipantResource(ParticipantService participants) {
        this.participants = participants;
    }

    @POST
    @Path("/by-meetings")
    @Operation(summary = "The participants of each meeting (batch), heads of delegation first")
    public GroupedResult<ParticipantDto> byMeetings(@Valid @NotNull IdsRequest request) {
        return participants.byMeetings(Ids.of(request));
    }

    @POST
    @Path("/by-people")
    @Operation(summary = "Where each person took part (batch), newest meeting first")
    public GroupedResult<ParticipantDto> byPeople(@Valid @NotNull IdsRequest request) {
        return participants.byPeople(Ids.of(request));
    }
}
