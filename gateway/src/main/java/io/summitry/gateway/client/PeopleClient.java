package io.summitry.gateway.client;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.summitry.api.BatchResult;
import io.summitry.api.Page;
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
import io.summitry.gateway.security.CallerToken;
import jakarta.enterprise.context.ApplicationScoped;

/** people-service as the resolvers use it: batch lookups keyed by id, deadlines, counting, errors mapped. */
@ApplicationScoped
public class PeopleClient {

    private final PeopleRestClient rest;
    private final MeterRegistry registry;
    private final DownstreamConfig config;
    private final ServiceGuards.ServiceGuard guard;
    private final CallerToken token;
    private final MutationNote note;

    PeopleClient(@RestClient PeopleRestClient rest, MeterRegistry registry, DownstreamConfig config,
            ServiceGuards guards, CallerToken token, MutationNote note) {
        this.rest = rest;
        this.registry = registry;
        this.config = config;
        this.guard = guards.people();
        this.token = token;
        this.note = note;
    }

    private <T> Uni<T> read(Supplier<Uni<T>> call) {
        return Downstream.read(Downstream.PEOPLE, registry, guard, config.deadline(), call);
    }

    private <T> Uni<T> write(BiFunction<String, String, Uni<T>> call) {
        return Downstream.write(Downstream.PEOPLE, registry, guard, config.deadline(), token, note, call);
    }

    private <T> Uni<T> orNull(Uni<T> single) {
        return single.onFailure(Downstream::isNotFound).recoverWithNull();
    }

    private static String version(long version) {
        return "\"" + version + "\"";
    }

    public Uni<List<CountryDto>> countries() {
        return read(rest::countries);
    }

    public Uni<Page<OrganizationDto>> organizations(String text, List<OrganizationKind> kinds, String countryCode,
            UUID parentId, Integer first, String after, Integer last, String before) {
        return read(() -> rest.organizations(text, kinds, countryCode, parentId, first, after, last, before));
    }

    public Uni<OrganizationDto> organization(UUID id) {
        return orNull(read(() -> rest.organization(id)));
    }

    public Uni<OrganizationDto> createOrganization(OrganizationInput input) {
        return write((auth, note) -> rest.createOrganization(auth, note, input));
    }

    public Uni<OrganizationDto> updateOrganization(UUID id, long expectedVersion, OrganizationInput input) {
        return write((auth, note) -> rest.updateOrganization(auth, note, id, version(expectedVersion), input));
    }

    public Uni<Void> deleteOrganization(UUID id, long expectedVersion) {
        return write((auth, note) -> rest.deleteOrganization(auth, note, id, version(expectedVersion)));
    }

    public Uni<Map<UUID, OrganizationDto>> organizationsByIds(Collection<UUID> ids) {
        return Batches.oneToOne(ids, UUID::fromString, request -> read(() -> rest.organizationsByIds(request)));
    }

    public Uni<Map<UUID, List<OrganizationDto>>> childrenByParents(Collection<UUID> ids) {
        return Batches.oneToMany(ids, UUID::fromString, request -> read(() -> rest.childrenByParents(request)));
    }

    public Uni<Page<PersonDto>> people(String text, String nationality, UUID organizationId, Integer first,
            String after, Integer last, String before) {
        return read(() -> rest.people(text, nationality, organizationId, first, after, last, before));
    }

    public Uni<PersonDto> person(UUID id) {
        return orNull(read(() -> rest.person(id)));
    }

    public Uni<PersonDto> createPerson(PersonInput input) {
        return write((auth, note) -> rest.createPerson(auth, note, input));
    }

    public Uni<PersonDto> updatePerson(UUID id, long expectedVersion, PersonInput input) {
        return write((auth, note) -> rest.updatePerson(auth, note, id, version(expectedVersion), input));
    }

    public Uni<Void> deletePerson(UUID id, long expectedVersion) {
        return write((auth, note) -> rest.deletePerson(auth, note, id, version(expectedVersion)));
    }

    public Uni<Map<UUID, PersonDto>> peopleByIds(Collection<UUID> ids) {
        return Batches.oneToOne(ids, UUID::fromString, request -> read(() -> rest.peopleByIds(request)));
    }

    public Uni<PositionDto> position(UUID id) {
        return orNull(read(() -> rest.position(id)));
    }

    public Uni<PositionDto> createPosition(PositionInput input) {
        return write((auth, note) -> rest.createPosition(auth, note, input));
    }

    public Uni<PositionDto> updatePosition(UUID id, long expectedVersion, PositionInput input) {
        return write((auth, note) -> rest.updatePosition(auth, note, id, version(expectedVersion), input));
    }

    public Uni<Void> deletePosition(UUID id, long expectedVersion) {
        return write((auth, note) -> rest.deletePosition(auth, note, id, version(expectedVersion)));
    }

    public Uni<Map<UUID, PositionDto>> positionsByIds(Collection<UUID> ids) {
        return Batches.oneToOne(ids, UUID::fromString, request -> read(() -> rest.positionsByIds(request)));
    }

    public Uni<Map<UUID, List<PositionDto>>> positionsByPeople(Collection<UUID> ids) {
        return Batches.oneToMany(ids, UUID::fromString, request -> read(() -> rest.positionsByPeople(request)));
    }

    public Uni<Map<UUID, List<PositionDto>>> positionsByOrganizations(Collection<UUID> ids,
            java.time.LocalDate at) {
        return Batches.oneToMany(ids, UUID::fromString, request -> read(
                () -> rest.positionsByOrganizations(new PositionsByOrganizationsRequest(request.ids(), at))));
    }

    /** The post held at each moment asked about, aligned with the queries (no call for no queries). */
    public Uni<List<PositionDto>> positionsAt(PositionsAtRequest request) {
        if (request.queries().isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return read(() -> rest.positionsAt(request)).map(BatchResult::items);
    }
    public Uni<Page<ChangeDto>> changes(ChangeQuery query, int first, String after) {
        return read(() -> rest.changes(query.typenames(), query.editorIds(), query.since(), query.until(), first,
                after));
    }

    public Uni<Map<UUID, Page<ChangeDto>>> personHistories(Collection<UUID> ids, int first, String after) {
        return Batches.pages(ids, UUID::fromString,
                keys -> read(() -> rest.personHistories(new HistoryRequest(keys, first, after))));
    }

    public Uni<Map<UUID, Page<ChangeDto>>> organizationHistories(Collection<UUID> ids, int first, String after) {
        return Batches.pages(ids, UUID::fromString,
                keys -> read(() -> rest.organizationHistories(new HistoryRequest(keys, first, after))));
    }

    /** The person as they stood at that instant; null when they did not exist then. */
    public Uni<PersonDto> personAsOf(UUID id, java.time.Instant asOf) {
        return orNull(read(() -> rest.personAsOf(id, asOf.toString())));
    }

    public Uni<PersonDto> restorePerson(UUID id, long revision, long expectedVersion) {
        return write((auth, note) -> rest.restorePerson(auth, note, id, revision, version(expectedVersion)));
    }

    public Uni<PersonDto> mergePerson(UUID fromId, UUID intoId) {
        return write((auth, note) -> rest.mergePerson(auth, note, fromId, intoId));
    }

    public Uni<OrganizationDto> mergeOrganization(UUID fromId, UUID intoId) {
        return write((auth, note) -> rest.mergeOrganization(auth, note, fromId, intoId));
    }

}
