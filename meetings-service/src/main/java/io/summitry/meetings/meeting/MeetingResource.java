package io.summitry.meetings.meeting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.summitry.api.BatchResult;
import io.summitry.api.GroupedResult;
import io.summitry.api.IdsRequest;
import io.summitry.api.Page;
import io.summitry.api.PageGroup;
import io.summitry.api.meetings.DateReportDto;
import io.summitry.api.meetings.DateReportInput;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.MeetingInput;
import io.summitry.api.meetings.MeetingKind;
import io.summitry.api.meetings.MeetingOrder;
import io.summitry.api.meetings.MeetingQuery;
import io.summitry.api.meetings.MeetingStatus;
import io.summitry.api.meetings.MeetingsByParticipantsRequest;
import io.summitry.api.meetings.MentionDto;
import io.summitry.api.meetings.MentionInput;
import io.summitry.api.meetings.ParticipantDto;
import io.summitry.api.meetings.ParticipantInput;
import io.summitry.api.meetings.SeriesNeighbours;
import io.summitry.api.meetings.StatementDto;
import io.summitry.api.meetings.StatementInput;
import io.summitry.meetings.datereport.DateReportService;
import io.summitry.meetings.mention.MentionService;
import io.summitry.meetings.participant.ParticipantService;
import io.summitry.meetings.rest.Ids;
import io.summitry.meetings.rest.IfMatch;
import io.summitry.meetings.rest.PageRequest;
import io.summitry.meetings.rest.Responses;
import io.summitry.meetings.statement.StatementService;
import io.summitry.problem.ProblemException;

/** Meetings: the filtered list, CRUD, the batch lookups of the gateway, and the writes of a meeting's children. */
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "meetings")
public class MeetingResource {

    static final String FILTER_RULE = """
            Filter parts combine with AND, the values of one repeated parameter with OR. `text` matches title, \
            summary, topics, outcomes, venue and city: every word anywhere in them, case and accents ignored, in any \
            script (trigram index). `country` is a country taking part, `locationCountry` where the meeting was \
            held. **Dates are fuzzy**: a meeting matches `from`/`to` (either may be absent, both inclusive) when its \
            search bounds [searchFrom, searchTo] overlap [from, to]: earliest/latest, widened by one unit of \
            precision when the date is approximate or uncertain (`2007-03~` is found in April 2007); an open or unknown bound \
            of the meeting's date counts as unbounded. So "the first half of 2025" (`2025-40`) is found by a search \
            for March 2025, and a meeting on 2024-09-10 by `to=2024-09-10` and by `from=2024-09-10`. Ordering: \
            `DATE_DESC` (default) = earliest desc, latest desc, id desc; `DATE_ASC` the reverse; an unknown earliest \
            sorts last in both. Keyset pages: `first` (0-100, default 20) + `after`, or `last` + `before`.""";

    private final MeetingQueries queries;
    private final MeetingService meetings;
    private final ParticipantService participants;
    private final MentionService mentions;
    private final StatementService statements;
    private final DateReportService dateReports;

    public MeetingResource(MeetingQueries queries, MeetingService meetings, ParticipantService participants,
            MentionService mentions, StatementService statements, DateReportService dateReports) {
        this.queries = queries;
        this.meetings = meetings;
        this.participants = participants;
        this.mentions = mentions;
        this.statements = statements;
        this.dateReports = dateReports;
    }

    @GET
    @Operation(summary = "List meetings, filtered and paged", description = FILTER_RULE)
    @APIResponse(responseCode = "200", description = "One page of meetings")
    @APIResponse(responseCode = "400", description = "A parameter is invalid (named in errors[].field)")
    public Page<MeetingDto> list(
            @Parameter(description = "Words of the title, summary, topics, outcomes, venue or city; any script, accents ignored") @QueryParam("text") String text,
            @Parameter(description = "Kinds (repeatable)") @QueryParam("kind") List<String> kinds,
            @Parameter(description = "Statuses (repeatable)") @QueryParam("status") List<String> statuses,
            @Parameter(description = "Series slug") @QueryParam("series") String series,
            @Parameter(description = "ISO 3166-1 alpha-2 country codes (repeatable)") @QueryParam("country") List<String> countries,
            @Parameter(description = "Person ids of participants (repeatable)") @QueryParam("participant") List<String> participantIds,
            @Parameter(description = "Topics (repeatable)") @QueryParam("topic") List<String> topics,
            @Parameter(description = "First day of the range (YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "Last day of the range (YYYY-MM-DD)") @QueryParam("to") String to,
            @Parameter(description = "Where it was held: ISO 3166-1 alpha-2 codes (repeatable)") @QueryParam("locationCountry") List<String> locationCountries,
            @Parameter(description = "DATE_DESC (default) or DATE_ASC") @QueryParam("orderBy") String orderBy,
            @QueryParam("first") String first, @QueryParam("after") String after,
            @QueryParam("last") String last, @QueryParam("before") String before) {
        if (text != null && text.length() > 200) {
            throw ProblemException.invalidField("text", "must be at most 200 characters");
        }
        if (text != null && text.indexOf('\0') >= 0) {
            // the search splits text into words and would drop it silently; PostgreSQL cannot store or match it
            throw ProblemException.invalidField("text", "must not contain a NUL character");
        }
        MeetingQuery query = new MeetingQuery(text,
                enums("kind", kinds, MeetingKind.class),
                enums("status", statuses, MeetingStatus.class),
                series, countries, Ids.ofParams("participant", participantIds), topics,
                date("from", from), date("to", to), locationCountries);
        MeetingOrder order = orderBy == null || orderBy.isBlank() ? MeetingOrder.DATE_DESC
                : enumValue("orderBy", orderBy, MeetingOrder.class);
        return queries.page(query, order, PageRequest.of(first, after, last, before));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One meeting; its version is in the ETag")
    @APIResponse(responseCode = "200", description = "The meeting")
    @APIResponse(responseCode = "404", description = "No meeting has this id")
    public Response get(@PathParam("id") String id) {
        UUID meetingId = Ids.parse("id", id);
        MeetingDto meeting = queries.byId(meetingId).orElseThrow(() -> ProblemException.notFound("Meeting", id));
        return Responses.ok(meeting, meeting.version());
    }

    @POST
    @Operation(summary = "Create a meeting")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set")
    @APIResponse(responseCode = "400", description = "Invalid input: bad EDTF (date.edtf), unknown series, "
            + "partOf/preparesFor missing or making a cycle, unknown source")
    @APIResponse(responseCode = "409", description = "The series already has a meeting with this ordinal")
    public Response create(@Valid @NotNull MeetingInput input) {
        MeetingDto meeting = meetings.create(input);
        return Responses.created("/meetings/" + meeting.id(), meeting, meeting.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a meeting", description = "Needs If-Match with the version read. Participants, "
            + "mentions, statements and date reports are kept.")
    @APIResponse(responseCode = "200", description = "Replaced; the new version is in the ETag")
    @APIResponse(responseCode = "409", description = "Stale version (nothing changed) or ordinal taken")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MeetingInput input) {
        UUID meetingId = Ids.parse("id", id);
        long version = IfMatch.version(ifMatch);
        MeetingDto meeting = meetings.update(meetingId, version, input);
        return Responses.ok(meeting, meeting.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a meeting with its participants, mentions, statements and date reports")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Stale version, or other meetings are part of or prepare for it")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UUID meetingId = Ids.parse("id", id);
        meetings.delete(meetingId, IfMatch.version(ifMatch));
        return Response.noContent().build();
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
            description = FILTER_RULE)
    public List<PageGroup<MeetingDto>> byParticipants(@Valid @NotNull MeetingsByParticipantsRequest request) {
        return queries.byParticipants(Ids.of(request.ids()), request.filter(), request.orderBy(),
                PageRequest.of(request.first(), request.after()));
    }

    @POST
    @Path("/{id}/participants")
    @Operation(summary = "Add a participant")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "404", description = "No meeting has this id")
    @APIResponse(responseCode = "409", description = "This person already takes part")
    public Response addParticipant(@PathParam("id") String id, @Valid @NotNull ParticipantInput input) {
        ParticipantDto participant = participants.add(Ids.parse("id", id), input);
        return Responses.created("/meetings/" + id + "/participants/" + participant.id(), participant);
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
        return Responses.created("/meetings/" + id + "/mentions/" + mention.id(), mention);
    }

    @POST
    @Path("/{id}/statements")
    @Operation(summary = "Add a statement (QUOTE verbatim, PARAPHRASE as reported)")
    @APIResponse(responseCode = "201", description = "Added")
    public Response addStatement(@PathParam("id") String id, @Valid @NotNull StatementInput input) {
        StatementDto statement = statements.add(Ids.parse("id", id), input);
        return Responses.created("/meetings/" + id + "/statements/" + statement.id(), statement);
    }

    @POST
    @Path("/{id}/date-reports")
    @Operation(summary = "Add what a source said about the meeting's date")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Invalid input, such as a bad EDTF string (date.edtf)")
    public Response addDateReport(@PathParam("id") String id, @Valid @NotNull DateReportInput input) {
        DateReportDto report = dateReports.add(Ids.parse("id", id), input);
        return Responses.created("/meetings/" + id + "/date-reports/" + report.id(), report);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "'" + value + "' is not a date such as 2025-03-31");
        }
    }

    private static <E extends Enum<E>> List<E> enums(String name, List<String> values, Class<E> type) {
        return values == null ? List.of() : values.stream().map(v -> enumValue(name, v, type)).toList();
    }

    private static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "'" + value + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
