package io.summitry.meetings.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
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

import io.summitry.api.Page;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.MeetingInput;
import io.summitry.api.meetings.MeetingKind;
import io.summitry.api.meetings.MeetingOrder;
import io.summitry.api.meetings.MeetingQuery;
import io.summitry.api.meetings.MeetingStatus;
import io.summitry.meetings.history.RecordHistory;
import io.summitry.problem.ProblemException;
import io.summitry.service.batch.Ids;
import io.summitry.service.history.Instants;
import io.summitry.service.input.QueryParams;
import io.summitry.service.paging.PageRequest;
import io.summitry.service.version.Responses;
import io.summitry.service.version.Versions;

/** Meetings one at a time: the filtered list and create, read, replace, delete. */
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "meetings")
public class MeetingResource {

    @Inject
    RecordHistory history;

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

    public MeetingResource(MeetingQueries queries, MeetingService meetings) {
        this.queries = queries;
        this.meetings = meetings;
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
                QueryParams.enums("kind", kinds, MeetingKind.class),
                QueryParams.enums("status", statuses, MeetingStatus.class),
                series, countries, Ids.ofParams("participant", participantIds), topics,
                QueryParams.date("from", from), QueryParams.date("to", to), locationCountries);
        MeetingOrder order = orderBy == null || orderBy.isBlank() ? MeetingOrder.DATE_DESC
                : QueryParams.enumValue("orderBy", orderBy, MeetingOrder.class);
        return queries.page(query, order, PageRequest.of(first, after, last, before));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One meeting; its version is in the ETag")
    @APIResponse(responseCode = "200", description = "The meeting")
    @APIResponse(responseCode = "404", description = "No meeting has this id")
    public Response get(@PathParam("id") String id,
            @Parameter(description = "An ISO instant: the meeting as it stood then (404 if it did not exist yet)")
            @QueryParam("asOf") String asOf) {
        UUID meetingId = Ids.parse("id", id);
        Instant at = Instants.asOf(asOf);
        if (at != null) {
            MeetingDto then = history.meetingAsOf(meetingId, at)
                    .orElseThrow(() -> ProblemException.notFound("Meeting", id));
            return Response.ok(then).build();
        }
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
        long version = Versions.expected(ifMatch);
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
        meetings.delete(meetingId, Versions.expected(ifMatch));
        return Response.noContent().build();
    }
}
