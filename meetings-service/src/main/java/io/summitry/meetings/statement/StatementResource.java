package io.summitry.meetings.statement;

import java.util.List;

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

import io.summitry.api.GroupedResult;
import io.summitry.api.IdsRequest;
import io.summitry.api.Page;
import io.summitry.api.meetings.StatementDto;
import io.summitry.api.meetings.StatementInput;
import io.summitry.api.meetings.StatementKind;
import io.summitry.api.meetings.StatementQuery;
import io.summitry.service.batch.Ids;
import io.summitry.service.version.Versions;
import io.summitry.service.paging.PageRequest;
import io.summitry.service.input.QueryParams;
import io.summitry.service.version.Responses;
import io.summitry.problem.ProblemException;

/** Statements: search across meetings, one by id, corrections, and the batch reads (added under a meeting). */
@Path("/statements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "statements")
public class StatementResource {

    private final StatementService statements;
    private final StatementSearch search;

    public StatementResource(StatementService statements, StatementSearch search) {
        this.statements = statements;
        this.search = search;
    }

    @GET
    @Operation(summary = "Search statements across meetings", description = "Parts combine with AND, repeated "
            + "values with OR. With text, the best matches first (the whole phrase, then words found at the start of "
            + "a word); then by meeting date, newest first. Pages forward with first/after.")
    public Page<StatementDto> search(
            @Parameter(description = "Words said, any script, case and accents ignored") @QueryParam("text") String text,
            @Parameter(description = "Person ids of speakers (repeatable)") @QueryParam("speaker") List<String> speakers,
            @Parameter(description = "QUOTE, PARAPHRASE, DOCUMENT (repeatable)") @QueryParam("kind") List<String> kinds,
            @Parameter(description = "Meeting ids (repeatable)") @QueryParam("meeting") List<String> meetings,
            @Parameter(description = "First day (YYYY-MM-DD) of the meetings' search bounds") @QueryParam("from") String from,
            @Parameter(description = "Last day (YYYY-MM-DD) of the meetings' search bounds") @QueryParam("to") String to,
            @QueryParam("first") String first, @QueryParam("after") String after) {
        if (text != null && text.length() > 200) {
            throw ProblemException.invalidField("text", "must be at most 200 characters");
        }
        if (text != null && text.indexOf('\0') >= 0) {
            // the search splits text into words and would drop it silently; PostgreSQL cannot store or match it
            throw ProblemException.invalidField("text", "must not contain a NUL character");
        }
        StatementQuery query = new StatementQuery(text, Ids.ofParams("speaker", speakers),
                QueryParams.enums("kind", kinds, StatementKind.class), Ids.ofParams("meeting", meetings),
                QueryParams.date("from", from), QueryParams.date("to", to));
        return search.page(query, PageRequest.of(first, after, null, null));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One statement; its version is in the ETag")
    @APIResponse(responseCode = "404", description = "No statement has this id")
    public Response get(@PathParam("id") String id) {
        StatementDto statement = statements.get(Ids.parse("id", id));
        return Responses.ok(statement, statement.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a statement", description = "Needs If-Match with the version read.")
    @APIResponse(responseCode = "409", description = "Stale version: nothing changed")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatementInput input) {
        StatementDto statement = statements.update(Ids.parse("id", id), Versions.expected(ifMatch), input);
        return Responses.ok(statement, statement.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a statement", description = "Needs If-Match with the version read.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Stale version: nothing changed")
    public Response remove(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        statements.remove(Ids.parse("id", id), Versions.expected(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("/by-meetings")
    @Operation(summary = "The statements made at each meeting (batch), in the order added")
    public GroupedResult<StatementDto> byMeetings(@Valid @NotNull IdsRequest request) {
        return statements.byMeetings(Ids.of(request));
    }

    @POST
    @Path("/by-speakers")
    @Operation(summary = "Each person's statements, alone or joint (batch), newest meeting first")
    public GroupedResult<StatementDto> bySpeakers(@Valid @NotNull IdsRequest request) {
        return statements.bySpeakers(Ids.of(request));
    }
}
