package io.summitry.meetings.mention;

import jakarta.ws.rs.DELETE;
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
import io.summitry.api.meetings.MentionDto;
import io.summitry.service.batch.Ids;

/** Batch reads of mentions; they are added under {@code /meetings/{id}/mentions}. */
@Path("/mentions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "mentions")
public class MentionResource {

    private final MentionService mentions;

    public MentionResource(MentionService mentions) {
        this.mentions = mentions;
    }

    @POST
    @Path("/by-meetings")
    @Operation(summary = "The mentions of each meeting (batch), in the order added")
    public GroupedResult<MentionDto> byMeetings(@Valid @NotNull IdsRequest request) {
        return mentions.byMeetings(Ids.of(request));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One mention; its version is in the ETag")
    @APIResponse(responseCode = "404", description = "No mention has this id")
    public Response get(@PathParam("id") String id) {
        MentionDto found = mentions.get(Ids.parse("id", id));
        return Responses.ok(found, found.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a mention", description = "Needs If-Match with the version read.")
    @APIResponse(responseCode = "409", description = "Stale version: nothing changed")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull io.summitry.api.meetings.MentionInput input) {
        MentionDto updated = mentions.update(Ids.parse("id", id), Versions.expected(ifMatch), input);
        return Responses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a mention", description = "Needs If-Match with the version read.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Stale version: nothing changed")
    public Response remove(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        mentions.remove(Ids.parse("id", id), Versions.expected(ifMatch));
        return Response.noContent().build();
    }
}
