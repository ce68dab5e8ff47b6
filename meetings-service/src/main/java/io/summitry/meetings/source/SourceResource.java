package io.summitry.meetings.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import io.summitry.api.meetings.SourceDto;
import io.summitry.api.meetings.SourceInput;
import io.summitry.meetings.history.RecordHistory;
import io.summitry.meetings.sql.Constraints;
import io.summitry.meetings.sql.Rows;
import io.summitry.meetings.sql.Sql;
import io.summitry.problem.ProblemException;
import io.summitry.service.batch.Batches.Keyed;
import io.summitry.service.batch.Batches;
import io.summitry.service.batch.Ids;
import io.summitry.service.history.Instants;
import io.summitry.service.paging.Cursor;
import io.summitry.service.paging.PageRequest;
import io.summitry.service.paging.Pages;
import io.summitry.service.version.Responses;
import io.summitry.service.version.Versions;

/** Sources: CRUD, a list by title, and the batch lookups. */
@Path("/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "sources")
public class SourceResource {

    @Inject
    RecordHistory history;

    private static final String COLUMNS = "s.id, s.title, s.publisher, s.published_on, s.url, s.retrieved_from, "
            + "s.version";
    private static final String CURSOR_KIND = "s1";

    private final EntityManager em;
    private final Sql sql;

    public SourceResource(EntityManager em, Sql sql) {
        this.em = em;
        this.sql = sql;
    }

    @GET
    @Operation(summary = "Sources by title, paged (first/after or last/before)")
    public Page<SourceDto> list(@QueryParam("first") String first, @QueryParam("after") String after,
            @QueryParam("last") String last, @QueryParam("before") String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        List<Object> params = new ArrayList<>();
        String where = "true";
        if (request.cursor() != null) {
            List<String> key = Cursor.decode(request.cursorParameter(), request.cursor(), CURSOR_KIND, 2);
            params.add(key.get(0));
            params.add(Ids.parse(request.cursorParameter(), key.get(1)));
            where = "(s.title, s.id) " + (request.backward() ? "<" : ">") + " (?, ?)";
        }
        String direction = request.backward() ? " desc" : " asc";
        params.add(request.size() + 1);
        List<SourceDto> fetched = sql.query("select " + COLUMNS + " from source s where " + where
                + " order by s.title" + direction + ", s.id" + direction + " limit ?", params, SourceResource::map);
        return Pages.of(request, fetched, s -> Cursor.encode(CURSOR_KIND, s.title(), s.id()),
                sql.count("select count(*) from source", List.of()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One source; its version is in the ETag")
    @APIResponse(responseCode = "404", description = "No source has this id")
    public Response get(@PathParam("id") String id,
            @Parameter(description = "An ISO instant: the source as it stood then (404 if it did not exist yet)")
            @QueryParam("asOf") String asOf) {
        Instant at = Instants.asOf(asOf);
        if (at != null) {
            SourceDto then = history.sourceAsOf(Ids.parse("id", id), at)
                    .orElseThrow(() -> ProblemException.notFound("Source", id));
            return Response.ok(then).build();
        }
        Source source = find(Ids.parse("id", id));
        return Responses.ok(source.toDto(), source.version);
    }

    @POST
    @Transactional
    @Operation(summary = "Create a source")
    @APIResponse(responseCode = "201", description = "Created")
    public Response create(@Valid @NotNull SourceInput input) {
        Source source = new Source();
        apply(source, input);
        source.persist();
        Constraints.flush(em);
        return Responses.created("/sources/" + source.id, source.toDto(), source.version);
    }

    @PUT
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Replace a source; needs If-Match with the version read")
    @APIResponse(responseCode = "409", description = "Stale version; nothing changed")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SourceInput input) {
        UUID sourceId = Ids.parse("id", id);
        long expected = Versions.expected(ifMatch);
        Source source = find(sourceId);
        Versions.check("Source", sourceId, expected, source.version);
        apply(source, input);
        Constraints.flush(em);
        return Responses.ok(source.toDto(), source.version);
    }

    @POST
    @Path("/by-ids")
    @Operation(summary = "Sources by ids (batch), aligned with the ids")
    public BatchResult<SourceDto> byIds(@Valid @NotNull IdsRequest request) {
        List<UUID> ids = Ids.of(request);
        List<SourceDto> rows = sql.query("select " + COLUMNS + " from source s where s.id = any(?)",
                List.of(Rows.uuidArray(ids)), SourceResource::map);
        return Batches.aligned(ids, rows, SourceDto::id);
    }

    @POST
    @Path("/by-meetings")
    @Operation(summary = "The sources of each meeting's own facts (batch), oldest first")
    public GroupedResult<SourceDto> byMeetings(@Valid @NotNull IdsRequest request) {
        List<UUID> ids = Ids.of(request);
        List<Keyed<UUID, SourceDto>> rows = sql.query("select ms.meeting_id, " + COLUMNS
                + " from meeting_source ms join source s on s.id = ms.source_id where ms.meeting_id = any(?)"
                + " order by s.published_on nulls last, s.title, s.id", List.of(Rows.uuidArray(ids)),
                row -> new Keyed<>(Rows.uuid(row, "meeting_id"), map(row)));
        return Batches.groupedKeyed(ids, rows);
    }

    private static Source find(UUID id) {
        Source source = Source.findById(id);
        if (source == null) {
            throw ProblemException.notFound("Source", id);
        }
        return source;
    }

    private static void apply(Source source, SourceInput input) {
        source.title = input.title().trim();
        source.publisher = input.publisher();
        source.publishedOn = input.publishedOn();
        source.url = input.url();
        source.retrievedFrom = input.retrievedFrom();
    }

    private static SourceDto map(ResultSet row) throws SQLException {
        return new SourceDto(Rows.uuid(row, "id"), row.getString("title"), row.getString("publisher"),
                Rows.date(row, "published_on"), row.getString("url"), row.getString("retrieved_from"),
                row.getLong("version"));
    }
}
