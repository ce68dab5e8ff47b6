package io.summitry.meetings.statement;

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
import io.summitry.api.meetings.StatementDto;
import io.summitry.meetings.rest.Ids;

/** Batch reads of statements; they are added under {@code /meetings/{id}/statements}. */
@Path("/statements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "statements")
public class StatementResource {

    private final StatementService statements;

    public StatementResource(StatementService statements) {
        this.statements = statements;
    }

    @POST
    @Path("/by-meetings")
    @Operation(summary = "The statements made at each meeting (batch), in the order added")
    public GroupedResult<StatementDto> byMeetings(@Valid @NotNull IdsRequest request) {
        return statements.byMeetings(Ids.of(request));
    }

    @POST
    @Path("/by-speakers")
    @Operation(summary = "Each person's statements (batch), newest meeting first")
    public GroupedResult<StatementDto> bySpeakers(@Valid @NotNull IdsRequest request) {
        return statements.bySpeakers(Ids.of(request));
    }
}
