package io.summitry.people.organization;

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
import io.summitry.api.history.ChangeDto;
import io.summitry.api.history.HistoryRequest;
import io.summitry.api.people.OrganizationDto;
import io.summitry.api.people.OrganizationInput;
import io.summitry.api.people.OrganizationKind;
import io.summitry.service.batch.Batches;
import io.summitry.service.batch.Ids;
import io.summitry.service.history.ChangeStore;
import io.summitry.service.history.Instants;
import io.summitry.service.history.Revisions;
import io.summitry.service.version.Responses;
import io.summitry.service.version.Versions;
import io.summitry.service.paging.PageRequest;
import io.summitry.problem.ProblemException;

/** Organizations: ministries, offices, armed services, think tanks, and their parent tree. */
@Path("/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class OrganizationResource {

    @Inject
    OrganizationService organizations;
    @Inject
    ChangeStore changes;

    @GET
    @Operation(summary = "Organizations matching the filters, by name then id, keyset-paginated")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A malformed filter, page size or cursor")
    public Page<OrganizationDto> list(
            @Parameter(description = "Part of the name or acronym; case, accents, spaces and hyphens ignored")
            @QueryParam("text") String text,
            @Parameter(description = "Kinds to include (repeatable)") @QueryParam("kind") List<String> kinds,
            @QueryParam("countryCode") String countryCode,
            @QueryParam("parentId") String parentId,
            @QueryParam("first") String first, @QueryParam("after") String after,
            @QueryParam("last") String last, @QueryParam("before") String before) {
        PageRequest page = PageRequest.of(first, after, last, before);
        List<OrganizationKind> parsedKinds = kinds == null ? List.of() : kinds.stream().map(this::kind).toList();
        return organizations.list(new OrganizationService.Filter(text, parsedKinds, countryCode,
                Ids.optional("parentId", parentId)), page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One organization")
    @APIResponse(responseCode = "200", description = "The organization, with its version as ETag")
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No organization has this id")
    public Response get(@PathParam("id") String id,
            @Parameter(description = "An ISO instant: the organization as it stood then (404 if it did not exist yet)")
            @QueryParam("asOf") String asOf) {
        UUID key = Ids.parse("id", id);
        Instant at = Instants.asOf(asOf);
        if (at != null) {
            OrganizationDto then = organizations.asOf(key, at)
                    .orElseThrow(() -> ProblemException.notFound("Organization", id));
            return Response.ok(then).build();
        }
        OrganizationDto organization = organizations.get(key).orElseThrow(() -> ProblemException.notFound("Organization", id));
        return Responses.ok(organization, organization.version());
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The changes of this organization, newest first, keyset-paginated")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A malformed id, page size or cursor")
    @APIResponse(responseCode = "404", description = "No organization has ever had this id")
    public Page<ChangeDto> history(@PathParam("id") String id, @QueryParam("first") String first,
            @QueryParam("after") String after) {
        Page<ChangeDto> page = changes.history("Organization", Ids.parse("id", id), PageRequest.of(first, after, null, null));
        if (page.totalCount() == 0) {
            throw ProblemException.notFound("Organization", id);
        }
        return page;
    }

    @POST
    @Path("/history/by-ids")
    @Operation(summary = "The history of each organization, one page per id, aligned with the request")
    @APIResponse(responseCode = "200", description = "One page per requested id, empty for unknown ids")
    @APIResponse(responseCode = "400", description = "A malformed id, page size or cursor, or too many ids")
    public List<PageGroup<ChangeDto>> historyByIds(@Valid @NotNull HistoryRequest request) {
        return changes.histories("Organization", Ids.of(request.ids()), request.ids(),
                PageRequest.of(request.first(), request.after()));
    }

    @POST
    @Path("/{fromId}/merge-into/{intoId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Merge a duplicate organization into another: positions and child organizations move,"
            + " sources are added, the duplicate is deleted; every change in one revision")
    @APIResponse(responseCode = "200", description = "The kept organization, with its new ETag")
    @APIResponse(responseCode = "400", description = "A malformed id, the same id twice, or a merge into a descendant")
    @APIResponse(responseCode = "404", description = "Either organization is unknown")
    public Response mergeInto(@PathParam("fromId") String fromId, @PathParam("intoId") String intoId) {
        OrganizationDto kept = organizations.merge(Ids.parse("fromId", fromId), Ids.parse("intoId", intoId));
        return Responses.ok(kept, kept.version());
    }

    @POST
    @Path("/{id}/restore")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Put back the organization as it stood at a revision that changed it; needs If-Match")
    @APIResponse(responseCode = "200", description = "Restored (a new revision, its change RESTORED); new ETag set")
    @APIResponse(responseCode = "400", description = "The revision holds no state of this organization")
    @APIResponse(responseCode = "404", description = "No organization has this id")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response restore(@PathParam("id") String id, @QueryParam("revision") String revision,
            @HeaderParam("If-Match") String ifMatch) {
        OrganizationDto restored = organizations.restore(Ids.parse("id", id), Revisions.parse(revision),
                Versions.expected(ifMatch));
        return Responses.ok(restored, restored.version());
    }

    @POST
    @Operation(summary = "Create an organization")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set")
    @APIResponse(responseCode = "400", description = "Invalid input, unknown country or parent")
    @APIResponse(responseCode = "409", description = "The Wikidata id is already used")
    public Response create(@Valid @NotNull OrganizationInput input) {
        OrganizationDto created = organizations.create(input);
        return Responses.created("/organizations/" + created.id(), created, created.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an organization; needs If-Match with the version read")
    @APIResponse(responseCode = "200", description = "Updated; new ETag set")
    @APIResponse(responseCode = "400", description = "Invalid input, unknown parent, or a parent cycle")
    @APIResponse(responseCode = "404", description = "No organization has this id")
    @APIResponse(responseCode = "409", description = "Stale version or duplicate Wikidata id")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OrganizationInput input) {
        OrganizationDto updated = organizations.update(Ids.parse("id", id), Versions.expected(ifMatch), input);
        return Responses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an organization without children or positions; needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No organization has this id")
    @APIResponse(responseCode = "409", description = "Stale version, or children or positions still refer to it")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        organizations.delete(Ids.parse("id", id), Versions.expected(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("/by-ids")
    @Operation(summary = "Organizations by id, aligned with the request; unknown ids are null and listed as missing")
    @APIResponse(responseCode = "200", description = "One item per requested id")
    @APIResponse(responseCode = "400", description = "A malformed id or too many ids")
    public BatchResult<OrganizationDto> byIds(@Valid @NotNull IdsRequest request) {
        List<java.util.UUID> ids = Ids.of(request.ids());
        return Batches.aligned(ids, organizations.byIds(ids));
    }

    @POST
    @Path("/children/by-parents")
    @Operation(summary = "The children of each parent, by name; one group per requested id")
    @APIResponse(responseCode = "200", description = "One group per requested id")
    @APIResponse(responseCode = "400", description = "A malformed id or too many ids")
    public GroupedResult<OrganizationDto> childrenByParents(@Valid @NotNull IdsRequest request) {
        List<java.util.UUID> ids = Ids.of(request.ids());
        return Batches.grouped(ids, organizations.childrenByParents(ids));
    }

    private OrganizationKind kind(String value) {
        try {
            return OrganizationKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("kind", "'" + value + "' is not one of "
                    + java.util.Arrays.toString(OrganizationKind.values()));
        }
    }
}
