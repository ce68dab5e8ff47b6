package io.summitry.meetings.series;

import java.time.Instant;
import java.util.List;

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

import io.quarkus.panache.common.Sort;
import io.summitry.api.BatchResult;
import io.summitry.api.GroupedResult;
import io.summitry.api.IdsRequest;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.SeriesDto;
import io.summitry.api.meetings.SeriesInput;
import io.summitry.meetings.history.RecordHistory;
import io.summitry.meetings.meeting.MeetingQueries;
import io.summitry.meetings.sql.Constraints;
import io.summitry.problem.ProblemException;
import io.summitry.problem.ProblemType;
import io.summitry.service.batch.Batches;
import io.summitry.service.history.Instants;
import io.summitry.service.version.Responses;
import io.summitry.service.version.Versions;

/** Meeting series, keyed by slug; plain CRUD on the entity, so no service in between. */
@Path("/series")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "series")
public class SeriesResource {

    @Inject
    RecordHistory history;

    private final EntityManager em;
    private final MeetingQueries meetings;

    public SeriesResource(EntityManager em, MeetingQueries meetings) {
        this.em = em;
        this.meetings = meetings;
    }

    @GET
    @Operation(summary = "All series, by name")
    public List<SeriesDto> list() {
        return Series.<Series>listAll(Sort.by("name").and("slug")).stream().map(Series::toDto).toList();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One series; its version is in the ETag")
    @APIResponse(responseCode = "404", description = "No series has this slug")
    public Response get(@PathParam("slug") String slug,
            @Parameter(description = "An ISO instant: the series as it stood then (404 if it did not exist yet)")
            @QueryParam("asOf") String asOf) {
        Instant at = Instants.asOf(asOf);
        if (at != null) {
            SeriesDto then = history.seriesAsOf(slug, at).orElseThrow(() -> ProblemException.notFound("Series", slug));
            return Response.ok(then).build();
        }
        Series series = find(slug);
        return Responses.ok(series.toDto(), series.version);
    }

    @POST
    @Transactional
    @Operation(summary = "Create a series")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "A series with this slug exists")
    public Response create(@Valid @NotNull SeriesInput input) {
        if (Series.findById(input.slug()) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "A series with the slug " + input.slug() + " exists");
        }
        Series series = new Series();
        series.slug = input.slug();
        apply(series, input);
        series.persist();
        Constraints.flush(em);
        return Responses.created("/series/" + series.slug, series.toDto(), series.version);
    }

    @PUT
    @Path("/{slug}")
    @Transactional
    @Operation(summary = "Replace a series (the slug stays); needs If-Match with the version read")
    @APIResponse(responseCode = "409", description = "Stale version; nothing changed")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SeriesInput input) {
        long expected = Versions.expected(ifMatch);
        Series series = find(slug);
        Versions.check("Series", slug, expected, series.version);
        if (!slug.equals(input.slug())) {
            throw ProblemException.invalidField("slug", "a series keeps its slug (" + slug + ")");
        }
        apply(series, input);
        Constraints.flush(em);
        return Responses.ok(series.toDto(), series.version);
    }

    @POST
    @Path("/by-slugs")
    @Operation(summary = "Series by slugs (batch), aligned with the slugs")
    public BatchResult<SeriesDto> bySlugs(@Valid @NotNull IdsRequest request) {
        List<SeriesDto> rows = Series.<Series>list("slug in ?1", request.ids()).stream().map(Series::toDto).toList();
        return Batches.aligned(request.ids(), rows, SeriesDto::slug);
    }

    @POST
    @Path("/meetings/by-slugs")
    @Operation(summary = "Each series' meetings by ordinal (batch)")
    public GroupedResult<MeetingDto> meetings(@Valid @NotNull IdsRequest request) {
        return meetings.bySeries(request.ids());
    }

    private static Series find(String slug) {
        Series series = Series.findById(slug);
        if (series == null) {
            throw ProblemException.notFound("Series", slug);
        }
        return series;
    }

    private static void apply(Series series, SeriesInput input) {
        series.name = input.name().trim();
        series.acronym = input.acronym();
        series.description = input.description();
    }
}
