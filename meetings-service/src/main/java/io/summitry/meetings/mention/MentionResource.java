package io.summitry.meetings.mention;

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
import io.summitry.meetings.rest.Ids;

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
}
