package io.summitry.gateway.client;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import io.summitry.api.BatchResult;
import io.summitry.api.GroupedResult;
import io.summitry.api.IdsRequest;
import io.summitry.api.Page;
import io.summitry.api.PageGroup;
import io.summitry.api.history.ChangeDto;
import io.summitry.api.history.HistoryRequest;
import io.summitry.api.people.CountryDto;
import io.summitry.api.people.OrganizationDto;
import io.summitry.api.people.OrganizationInput;
import io.summitry.api.people.OrganizationKind;
import io.summitry.api.people.PersonDto;
import io.summitry.api.people.PersonInput;
import io.summitry.api.people.PositionDto;
import io.summitry.api.people.PositionInput;
import io.summitry.api.people.PositionsAtRequest;
import io.summitry.api.people.PositionsByOrganizationsRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** people-service's REST API, as docs/service-api.md defines it. */
@RegisterRestClient(configKey = "people")
interface PeopleRestClient {

    @GET
    @Path("/countries")
    Uni<List<CountryDto>> countries();

    @GET
    @Path("/organizations")
    Uni<Page<OrganizationDto>> organizations(@RestQuery String text, @RestQuery("kind") List<OrganizationKind> kinds,
            @RestQuery String countryCode, @RestQuery UUID parentId, @RestQuery Integer first,
            @RestQuery String after, @RestQuery Integer last, @RestQuery String before);

    @GET
    @Path("/organizations/{id}")
    Uni<OrganizationDto> organization(UUID id);

    @POST
    @Path("/organizations")
    Uni<OrganizationDto> createOrganization(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, OrganizationInput input);

    @PUT
    @Path("/organizations/{id}")
    Uni<OrganizationDto> updateOrganization(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, @RestHeader("If-Match") String ifMatch, OrganizationInput input);

    @DELETE
    @Path("/organizations/{id}")
    Uni<Void> deleteOrganization(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, @RestHeader("If-Match") String ifMatch);

    @POST
    @Path("/organizations/by-ids")
    Uni<BatchResult<OrganizationDto>> organizationsByIds(IdsRequest ids);

    @POST
    @Path("/organizations/children/by-parents")
    Uni<GroupedResult<OrganizationDto>> childrenByParents(IdsRequest ids);

    @GET
    @Path("/people")
    Uni<Page<PersonDto>> people(@RestQuery String text, @RestQuery String nationality,
            @RestQuery UUID organizationId, @RestQuery Integer first, @RestQuery String after,
            @RestQuery Integer last, @RestQuery String before);

    @GET
    @Path("/people/{id}")
    Uni<PersonDto> person(UUID id);

    @POST
    @Path("/people")
    Uni<PersonDto> createPerson(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, PersonInput input);

    @PUT
    @Path("/people/{id}")
    Uni<PersonDto> updatePerson(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, @RestHeader("If-Match") String ifMatch, PersonInput input);

    @DELETE
    @Path("/people/{id}")
    Uni<Void> deletePerson(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, @RestHeader("If-Match") String ifMatch);

    @POST
    @Path("/people/by-ids")
    Uni<BatchResult<PersonDto>> peopleByIds(IdsRequest ids);

    @GET
    @Path("/positions/{id}")
    Uni<PositionDto> position(UUID id);

    @POST
    @Path("/positions")
    Uni<PositionDto> createPosition(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, PositionInput input);

    @PUT
    @Path("/positions/{id}")
    Uni<PositionDto> updatePosition(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, @RestHeader("If-Match") String ifMatch, PositionInput input);

    @DELETE
    @Path("/positions/{id}")
    Uni<Void> deletePosition(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, @RestHeader("If-Match") String ifMatch);

    @POST
    @Path("/positions/by-ids")
    Uni<BatchResult<PositionDto>> positionsByIds(IdsRequest ids);

    @POST
    @Path("/positions/by-people")
    Uni<GroupedResult<PositionDto>> positionsByPeople(IdsRequest ids);

    @POST
    @Path("/positions/by-organizations")
    Uni<GroupedResult<PositionDto>> positionsByOrganizations(PositionsByOrganizationsRequest request);

    @POST
    @Path("/positions/at")
    Uni<BatchResult<PositionDto>> positionsAt(PositionsAtRequest request);

    @GET
    @Path("/changes")
    Uni<Page<ChangeDto>> changes(@RestQuery("typename") List<String> typenames,
            @RestQuery("editor") List<String> editorIds, @RestQuery String since, @RestQuery String until,
            @RestQuery Integer first, @RestQuery String after);

    @POST
    @Path("/people/history/by-ids")
    Uni<List<PageGroup<ChangeDto>>> personHistories(HistoryRequest request);

    @POST
    @Path("/organizations/history/by-ids")
    Uni<List<PageGroup<ChangeDto>>> organizationHistories(HistoryRequest request);

    @GET
    @Path("/people/{id}")
    Uni<PersonDto> personAsOf(UUID id, @RestQuery String asOf);

    @POST
    @Path("/people/{id}/restore")
    Uni<PersonDto> restorePerson(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id,
            @RestQuery long revision, @RestHeader("If-Match") String ifMatch);

    @POST
    @Path("/people/{fromId}/merge-into/{intoId}")
    Uni<PersonDto> mergePerson(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID fromId, UUID intoId);

    @POST
    @Path("/organizations/{fromId}/merge-into/{intoId}")
    Uni<OrganizationDto> mergeOrganization(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID fromId, UUID intoId);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ProblemResponses.toException(Downstream.PEOPLE, response);
    }
}
