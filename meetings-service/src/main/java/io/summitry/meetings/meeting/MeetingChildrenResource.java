package io.summitry.meetings.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.summitry.api.meetings.DateReportDto;
import io.summitry.api.meetings.DateReportInput;
import io.summitry.api.meetings.MentionDto;
import io.summitry.api.meetings.MentionInput;
import io.summitry.api.meetings.ParticipantDto;
import io.summitry.api.meetings.ParticipantInput;
import io.summitry.api.meetings.StatementDto;
import io.summitry.api.meetings.StatementInput;
import io.summitry.meetings.datereport.DateReportService;
import io.summitry.meetings.mention.MentionService;
import io.summitry.meetings.participant.ParticipantService;
import io.summitry.meetings.statement.StatementService;
import io.summitry.service.batch.Ids;
import io.summitry.service.version.Responses;

/**
 * The writes of a meeting's children under its URL: participants, mentions, statements and date reports are added
 * here; each is then read, replaced and removed at its own URL ({@code /participants/{id}} and so on).
 */
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "meetings")
public class MeetingChildrenResource {

    private final ParticipantService participants;
    private final MentionService mentions;
    private final StatementService statements;
    private final DateReportService dateReports;

    public MeetingChildrenResource(ParticipantService participants, MentionService mentions,
            StatementService statements, DateReportService dateReports) {
        this.participants = participants;
        this.mentions = mentions;
        this.statements = statements;
        this.dateReports = dateReports;
    }

    @POST
    @Path("/{id}/participants")
    @Operation(summary = "Add a participant")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "404", description = "No meeting has this id")
    @APIResponse(responseCode = "409", description = "This person already takes part")
    public Response addParticipant(@PathParam("id") String id, @Valid @NotNull ParticipantInput input) {
        ParticipantDto participant = participants.add(Ids.parse("id", id), input);
        return Responses.created("/participants/" + participant.id(), participant);
    }

    @DELETE
    @Path("/{id}/participants/{participantId}")
    @Operation(summary = "Remove a participant")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such participant in this meeting")
    public Response removeParticipant(@PathParam("id") String id, @PathParam("participantId") String participantId) {
        participants.remove(Ids.parse("id", id), Ids.parse("participantId", participantId));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/mentions")
    @Operation(summary = "Add a mention: a person named at the meeting without taking part")
    @APIResponse(responseCode = "201", description = "Added")
    public Response addMention(@PathParam("id") String id, @Valid @NotNull MentionInput input) {
        MentionDto mention = mentions.add(Ids.parse("id", id), input);
        return Responses.created("/mentions/" + mention.id(), mention);
    }

    @POST
    @Path("/{id}/statements")
    @Operation(summary = "Add a statement (QUOTE verbatim, PARAPHRASE as reported)")
    @APIResponse(responseCode = "201", description = "Added")
    public Response addStatement(@PathParam("id") String id, @Valid @NotNull StatementInput input) {
        StatementDto statement = statements.add(Ids.parse("id", id), input);
        return Responses.created("/statements/" + statement.id(), statement);
    }

    @POST
    @Path("/{id}/date-reports")
    @Operation(summary = "Add what a source said about the meeting's date")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Invalid input, such as a bad EDTF string (date.edtf)")
    public Response addDateReport(@PathParam("id") String id, @Valid @NotNull DateReportInput input) {
        DateReportDto report = dateReports.add(Ids.parse("id", id), input);
        return Responses.created("/date-reports/" + report.id(), report);
    }
}
