package io.summitry.meetings.participant;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.summitry.service.version.Versions;
import io.summitry.service.version.Responses;
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
import io.summitry.service.batch.Ids;

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

    @GET
    @Path("/{id}")
    @Operation(summary = "One participant; its version is in the ETag")
    @APIResponse(responseCode = "404", description = "No participant has this id")
    public Response get(@PathParam("id") String id) {
        ParticipantDto found = participants.get(Ids.parse("id", id));
        return Responses.ok(found, found.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a participant", description = "Needs If-Match with the version read.")
    @APIResponse(responseCode = "409", description = "Stale version: nothing changed")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull io.summitry.api.meetings.ParticipantInput input) {
        ParticipantDto updated = participants.update(Ids.parse("id", id), Versions.expected(ifMatch), input);
        return Responses.ok(updated, updated.version());
    }
}
