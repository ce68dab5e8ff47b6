package io.summitry.people.person;

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
import io.summitry.api.IdsRequest;
import io.summitry.api.Page;
import io.summitry.api.PageGroup;
import io.summitry.api.history.ChangeDto;
import io.summitry.api.history.HistoryRequest;
import io.summitry.api.people.PersonDto;
import io.summitry.api.people.PersonInput;
import io.summitry.service.batch.Batches;
import io.summitry.service.batch.Ids;
import io.summitry.service.history.ChangeStore;
import io.summitry.service.history.Instants;
import io.summitry.service.history.Revisions;
import io.summitry.service.version.Responses;
import io.summitry.service.version.Versions;
import io.summitry.service.paging.PageRequest;
import io.summitry.problem.ProblemException;

/** People and the names sources give them. */
@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class PersonResource {

    @Inject
    PersonService people;
    @Inject
    ChangeStore changes;

    @GET
    @Operation(summary = "People matching the filters, keyset-paginated",
            description = "With `text`: a typeahead over name, given and family names and other names (Hangul,"
                    + " Kanji, romanizations), ignoring case, accents, spaces, hyphens and dots; ordered by"
                    + " similarity (how well the text matches one of the names plus how close the main name is to it),"
                    + " then name, then id; the cursor carries the similarity. Without"
                    + " `text`: ordered by name, then id.")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A malformed filter, page size or cursor")
    public Page<PersonDto> list(
            @Parameter(description = "Part of any of the person's names") @QueryParam("text") String text,
            @Parameter(description = "ISO 3166-1 alpha-2 code") @QueryParam("nationality") String nationality,
            @Parameter(description = "Only people who held a post in this organization")
            @QueryParam("organizationId") String organizationId,
            @QueryParam("first") String first, @QueryParam("after") String after,
            @QueryParam("last") String last, @QueryParam("before") String before) {
        PersonService.Filter filter = new PersonService.Filter(text, nationality,
                Ids.optional("organizationId", organizationId));
        return people.list(filter, PageRequest.of(first, after, last, before));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One person")
    @APIResponse(responseCode = "200", description = "The person, with its version as ETag")
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No person has this id")
    public Response get(@PathParam("id") String id,
            @Parameter(description = "An ISO instant: the person as it stood then (404 if it did not exist yet)")
            @QueryParam("asOf") String asOf) {
        UUID key = Ids.parse("id", id);
        Instant at = Instants.asOf(asOf);
        if (at != null) {
            PersonDto then = people.asOf(key, at).orElseThrow(() -> ProblemException.notFound("Person", id));
            return Response.ok(then).build();
        }
        PersonDto person = people.get(key).orElseThrow(() -> ProblemException.notFound("Person", id));
        return Responses.ok(person, person.version());
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The changes of this person and of its positions, newest first, keyset-paginated")
    @APIResponse(responseCode = "200", description = "One page")
    @APIResponse(responseCode = "400", description = "A malformed id, page size or cursor")
    @APIResponse(responseCode = "404", description = "No person has ever had this id")
    public Page<ChangeDto> history(@PathParam("id") String id, @QueryParam("first") String first,
            @QueryParam("after") String after) {
        Page<ChangeDto> page = changes.history("Person", Ids.parse("id", id), PageRequest.of(first, after, null, null));
        if (page.totalCount() == 0) {
            throw ProblemException.notFound("Person", id);
        }
        return page;
    }

    @POST
    @Path("/history/by-ids")
    @Operation(summary = "The history of each person, one page per id, aligned with the request")
    @APIResponse(responseCode = "200", description = "One page per requested id, empty for unknown ids")
    @APIResponse(responseCode = "400", description = "A malformed id, page size or cursor, or too many ids")
    public List<PageGroup<ChangeDto>> historyByIds(@Valid @NotNull HistoryRequest request) {
        return changes.histories("Person", Ids.of(request.ids()), request.ids(),
                PageRequest.of(request.first(), request.after()));
    }

    @POST
    @Path("/{fromId}/merge-into/{intoId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Merge a duplicate person into another: positions move, names become other names, the"
            + " duplicate is deleted; both changes in one revision")
    @APIResponse(responseCode = "200", description = "The kept person, with its new ETag")
    @APIResponse(responseCode = "400", description = "A malformed id, or the same id twice")
    @APIResponse(responseCode = "404", description = "Either person is unknown")
    public Response mergeInto(@PathParam("fromId") String fromId, @PathParam("intoId") String intoId) {
        PersonDto kept = people.merge(Ids.parse("fromId", fromId), Ids.parse("intoId", intoId));
        return Responses.ok(kept, kept.version());
    }

    @POST
    @Path("/{id}/restore")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Put back the person as it stood at a revision that changed it; needs If-Match")
    @APIResponse(responseCode = "200", description = "Restored (a new revision, its change RESTORED); new ETag set")
    @APIResponse(responseCode = "400", description = "The revision holds no state of this person")
    @APIResponse(responseCode = "404", description = "No person has this id")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response restore(@PathParam("id") String id, @QueryParam("revision") String revision,
            @HeaderParam("If-Match") String ifMatch) {
        PersonDto restored = people.restore(Ids.parse("id", id), Revisions.parse(revision),
                Versions.expected(ifMatch));
        return Responses.ok(restored, restored.version());
    }

    @POST
    @Operation(summary = "Create a person")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set")
    @APIResponse(responseCode = "400", description = "Invalid input or unknown nationality")
    @APIResponse(responseCode = "409", description = "The Wikidata id is already used")
    public Response create(@Valid @NotNull PersonInput input) {
        PersonDto created = people.create(input);
        return Responses.created("/people/" + created.id(), created, created.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a person; needs If-Match with the version read")
    @APIResponse(responseCode = "200", description = "Updated; new ETag set")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No person has this id")
    @APIResponse(responseCode = "409", description = "Stale version or duplicate Wikidata id")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PersonInput input) {
        PersonDto updated = people.update(Ids.parse("id", id), Versions.expected(ifMatch), input);
        return Responses.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a person and their positions; needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No person has this id")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        people.delete(Ids.parse("id", id), Versions.expected(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("/by-ids")
    @Operation(summary = "People by id, aligned with the request; unknown ids are null and listed as missing")
    @APIResponse(responseCode = "200", description = "One item per requested id")
    @APIResponse(responseCode = "400", description = "A malformed id or too many ids")
    public BatchResult<PersonDto> byIds(@Valid @NotNull IdsRequest request) {
        List<UUID> ids = Ids.of(request.ids());
        return Batches.aligned(ids, people.byIds(ids));
    }
}
