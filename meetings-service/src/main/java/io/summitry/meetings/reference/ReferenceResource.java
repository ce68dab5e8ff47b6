package io.summitry.meetings.reference;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.summitry.api.GroupedResult;
import io.summitry.api.IdsRequest;
import io.summitry.api.meetings.ReferenceDto;
import io.summitry.problem.ProblemException;
import io.summitry.service.batch.Ids;

/**
 * References to people-service's people and organizations: listed before a deletion, moved on a merge, refused while
 * a tombstone says the record is being deleted.
 */
@Path("/references")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "References")
public class ReferenceResource {

    @Inject
    References references;
    @Inject
    Tombstones tombstones;

    @POST
    @Path("/by-people")
    @Operation(summary = "Every participant, mention (person or mentionedBy) and statement speaker referring to each person")
    @APIResponse(responseCode = "200", description = "One group per requested id, in request order")
    public GroupedResult<ReferenceDto> byPeople(@Valid @NotNull IdsRequest request) {
        return references.toPeople(Ids.of(request.ids()));
    }

    @POST
    @Path("/by-organizations")
    @Operation(summary = "Every meeting hosted by each organization")
    @APIResponse(responseCode = "200", description = "One group per requested id, in request order")
    public GroupedResult<ReferenceDto> byOrganizations(@Valid @NotNull IdsRequest request) {
        return references.toOrganizations(Ids.of(request.ids()));
    }

    @POST
    @Path("/people/{fromId}/move-to/{intoId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Point every reference to one person at another (a merge); each moved record is a change")
    @APIResponse(responseCode = "200", description = "The references moved")
    @APIResponse(responseCode = "409", description = "Both people take part in one meeting")
    public List<ReferenceDto> movePeople(@PathParam("fromId") String fromId, @PathParam("intoId") String intoId) {
        return references.movePeople(Ids.parse("fromId", fromId), distinct(fromId, intoId));
    }

    @POST
    @Path("/organizations/{fromId}/move-to/{intoId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Point every meeting hosted by one organization at another (a merge)")
    @APIResponse(responseCode = "200", description = "The references moved")
    public List<ReferenceDto> moveOrganizations(@PathParam("fromId") String fromId,
            @PathParam("intoId") String intoId) {
        return references.moveOrganizations(Ids.parse("fromId", fromId), distinct(fromId, intoId));
    }

    @PUT
    @Path("/tombstones/{kind}/{id}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Refuse, from now on, every write that would refer to this person or organization (kind: "
            + "people or organizations): the first step of deleting it, before its references are listed")
    @APIResponse(responseCode = "204", description = "Laid (again)")
    @APIResponse(responseCode = "404", description = "A kind other than people or organizations")
    public void layTombstone(@PathParam("kind") String kind, @PathParam("id") String id) {
        tombstones.lay(Referent.ofPath(kind), Ids.parse("id", id));
    }

    @DELETE
    @Path("/tombstones/{kind}/{id}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Accept references to this person or organization again: its deletion did not happen")
    @APIResponse(responseCode = "204", description = "Lifted, or there was none")
    @APIResponse(responseCode = "404", description = "A kind other than people or organizations")
    public void liftTombstone(@PathParam("kind") String kind, @PathParam("id") String id) {
        tombstones.lift(Referent.ofPath(kind), Ids.parse("id", id));
    }

    private static UUID distinct(String fromId, String intoId) {
        UUID into = Ids.parse("intoId", intoId);
        if (into.equals(Ids.parse("fromId", fromId))) {
            throw ProblemException.invalidField("intoId", "must differ from fromId");
        }
        return into;
    }
}
