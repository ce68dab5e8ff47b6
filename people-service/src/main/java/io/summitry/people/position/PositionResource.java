package io.summitry.people.position;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.summitry.api.BatchResult;
import io.summitry.api.GroupedResult;
import io.summitry.api.IdsRequest;
import io.summitry.api.people.PositionAtQuery;
import io.summitry.api.people.PositionDto;
import io.summitry.api.people.PositionInput;
import io.summitry.api.people.PositionsAtRequest;
import io.summitry.api.people.PositionsByOrganizationsRequest;
import io.summitry.service.batch.Batches;
import io.summitry.service.batch.Ids;
import io.summitry.service.version.Responses;
import io.summitry.service.version.Versions;
import io.summitry.problem.ProblemException;

/** Posts people held in organizations over time. */
@Path("/positions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Positions")
public class PositionResource {

    @Inject
    PositionService positions;

    @Inject
    PositionQueries queries;

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One position")
    @APIResponse(responseCode = "200", description = "The position, with its version as ETag")
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No position has this id")
    public Response get(@PathParam("id") String id) {
        UUID positionId = Ids.parse("id", id);
        PositionDto position = queries.byIds(List.of(positionId)).get(positionId);
        if (position == null) {
            throw ProblemException.notFound("Position", id);
        }
        return Responses.ok(position, position.version());
    }

    @POST
    @Operation(summary = "Record a post held")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set")
    @APIResponse(responseCode = "400", description = "Invalid input, an invalid EDTF date, an end before the start,"
            + " or an unknown person or organization")
    public Response create(@Valid @NotNull PositionInput input) {
        PositionDto created = positions.create(input);
        return Responses.created("/positions/" + created.id(), created, created.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a position; needs If-Match with the version read")
    @APIResponse(responseCode = "200", description = "Updated; new ETag set")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No position has this id")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PositionInput input) {
        PositionDto updated = positions.update(Ids.parse("id", id), Versions.expected(ifMatch), input);
        return Responses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a position; needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No position has this id")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        positions.delete(Ids.parse("id", id), Versions.expected(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("/by-ids")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Positions by id, aligned with the request; unknown ids are null and listed as missing")
    @APIResponse(responseCode = "200", description = "One item per requested id")
    @APIResponse(responseCode = "400", description = "A malformed id or too many ids")
    public BatchResult<PositionDto> byIds(@Valid @NotNull IdsRequest request) {
        List<UUID> ids = Ids.of(request.ids());
        return Batches.aligned(ids, queries.byIds(ids));
    }

    @POST
    @Path("/by-people")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Each person's posts, latest start first; one group per requested id")
    @APIResponse(responseCode = "200", description = "One group per requested id")
    @APIResponse(responseCode = "400", description = "A malformed id or too many ids")
    public GroupedResult<PositionDto> byPeople(@Valid @NotNull IdsRequest request) {
        List<UUID> ids = Ids.of(request.ids());
        return Batches.grouped(ids, queries.byPeople(ids));
    }

    @POST
    @Path("/by-organizations")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The posts in each organization, latest start first; with `at`, only those held that day")
    @APIResponse(responseCode = "200", description = "One group per requested id")
    @APIResponse(responseCode = "400", description = "A malformed id or too many ids")
    public GroupedResult<PositionDto> byOrganizations(@Valid @NotNull PositionsByOrganizationsRequest request) {
        List<UUID> ids = Ids.of(request.ids());
        return Batches.grouped(ids, queries.byOrganizations(ids, request.at()));
    }

    @POST
    @Path("/at")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The post each person held at a moment, aligned with the queries",
            description = "A moment is [from, to]; a post's span is [start.earliest, end.latest], open where"
                    + " unknown. Among the posts overlapping the moment, one that certainly covers all of it wins,"
                    + " then the latest start, then the id. `missing` lists the person ids with no answer.")
    @APIResponse(responseCode = "200", description = "One item per query, null where the person held no post")
    @APIResponse(responseCode = "400", description = "A malformed query, or from after to")
    public BatchResult<PositionDto> at(@Valid @NotNull PositionsAtRequest request) {
        List<PositionAtQuery> atQueries = request.queries();
        for (int i = 0; i < atQueries.size(); i++) {
            PositionAtQuery q = atQueries.get(i);
            if (q.from() != null && q.to() != null && q.from().isAfter(q.to())) {
                throw ProblemException.invalidField("queries[" + i + "].to", "is before from " + q.from());
            }
        }
        List<PositionDto> answers = queries.at(atQueries);
        Set<String> missing = new LinkedHashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i) == null) {
                missing.add(Objects.toString(atQueries.get(i).personId()));
            }
        }
        return new BatchResult<>(answers, List.copyOf(missing));
    }
}
