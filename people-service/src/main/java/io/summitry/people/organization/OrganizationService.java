package io.summitry.people.organization;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.StatelessSession;
import org.hibernate.envers.AuditReaderFactory;

import io.quarkus.logging.Log;
import io.summitry.api.Page;
import io.summitry.api.people.OrganizationDto;
import io.summitry.api.people.OrganizationInput;
import io.summitry.api.people.OrganizationKind;
import io.summitry.people.country.Country;
import io.summitry.people.position.Position;
import io.summitry.service.batch.Ids;
import io.summitry.service.version.Versions;
import io.summitry.people.paging.Keyset;
import io.summitry.service.paging.PageRequest;
import io.summitry.problem.ProblemException;
import io.summitry.problem.ProblemType;
import io.summitry.service.paging.TotalCounts;
import io.summitry.service.history.ChangeStore;
import io.summitry.service.history.WriteContext;

/** Reads and writes organizations, keeping the parent tree free of cycles. */
@ApplicationScoped
@Transactional
public class OrganizationService {

    /** The filters of the organization list; null or empty parts match everything. */
    public record Filter(String text, List<OrganizationKind> kinds, String countryCode, UUID parentId) {
    }

    @Inject
    EntityManager em;
    /** The list's keys, read without a persistence context. */
    @Inject
    StatelessSession reads;
    @Inject
    TotalCounts totals;
    @Inject
    ChangeStore changes;
    @Inject
    WriteContext write;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganizationDto> get(UUID id) {
        return Organization.<Organization> findByIdOptional(id).map(Organization::toDto);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OrganizationDto> list(Filter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(
                "select o.id, o.name, cast(null as real) as rank from organization o where true");
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" and o.search_text like search_contains(:text)");
            params.put("text", filter.text());
        }
        if (filter.kinds() != null && !filter.kinds().isEmpty()) {
            sql.append(" and o.kind = any(cast(:kinds as text[]))");
            params.put("kinds", Ids.sqlArray(filter.kinds()));
        }
        if (filter.countryCode() != null) {
            sql.append(" and o.country_code = :country");
            params.put("country", filter.countryCode());
        }
        if (filter.parentId() != null) {
            sql.append(" and o.parent_id = :parent");
            params.put("parent", filter.parentId());
        }
        return Keyset.page(reads, totals, sql.toString(), params, page, false, this::byIds);
    }

    /** The organizations with these ids, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, OrganizationDto> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Organization.<Organization> list("id in ?1", ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(o -> o.id, Organization::toDto));
    }

    /** The children of each parent, by name, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<OrganizationDto>> childrenByParents(List<UUID> parentIds) {
        if (parentIds.isEmpty()) {
            return Map.of();
        }
        return Organization.<Organization> list("parentId in ?1 order by name, id", parentIds.stream().distinct()
                .toList()).stream()
                .collect(Collectors.groupingBy(o -> o.parentId, LinkedHashMap::new,
                        Collectors.mapping(Organization::toDto, Collectors.toList())));
    }

    public OrganizationDto create(OrganizationInput input) {
        Organization organization = new Organization();
        checkReferences(null, input);
        organization.apply(input);
        organization.persist();
        em.flush();
        Log.infof("Created organization %s", organization.id);
        return organization.toDto();
    }

    public OrganizationDto update(UUID id, long expectedVersion, OrganizationInput input) {
        Organization organization = find(id);
        Versions.check("Organization", id, expectedVersion, organization.version);
        checkReferences(id, input);
        organization.apply(input);
        em.flush();
        return organization.toDto();
    }

    public void delete(UUID id, long expectedVersion) {
        Organization organization = find(id);
        Versions.check("Organization", id, expectedVersion, organization.version);
        // These two checks only word the usual refusal; what makes it race-free is the foreign keys of position and
        // organization.parent_id: a post or child added concurrently makes this delete (or that insert) fail at
        // flush, a 409 (or a 400 naming the absent organization), and the transaction leaves no revision.
        if (Organization.count("parentId", id) > 0) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Organization " + id + " still has child organizations: delete or move them first");
        }
        long positions = ((Number) em.createNativeQuery("select count(*) from position where organization_id = :id")
                .setParameter("id", id).getSingleResult()).longValue();
        if (positions > 0) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Organization " + id + " is still referenced by " + positions + " position(s)");
        }
        organization.delete();
        em.flush();
    }

    /** The organization as it stood at an instant; empty if it did not exist then. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganizationDto> asOf(UUID id, Instant at) {
        long revision = changes.revisionAt(at);
        Organization then = revision == 0 ? null
                : AuditReaderFactory.get(em).find(Organization.class, id, revision);
        return Optional.ofNullable(then).map(Organization::toDto);
    }

    /** Puts back the organization as it stood at a revision that changed it: a new revision, its change RESTORED. */
    public OrganizationDto restore(UUID id, long revision, long expectedVersion) {
        Organization organization = find(id);
        Versions.check("Organization", id, expectedVersion, organization.version);
        Organization then = changes.touched(revision, "Organization", id)
                ? AuditReaderFactory.get(em).find(Organization.class, id, revision) : null;
        if (then == null) {
            throw ProblemException.invalidField("revision",
                    "revision " + revision + " holds no state of organization " + id);
        }
        OrganizationDto old = then.toDto();
        OrganizationInput input = new OrganizationInput(old.name(), old.acronym(), old.kind(), old.summary(),
                old.countryCode(), old.parentId(), old.wikidataId(), old.sourceIds(), old.note());
        checkReferences(id, input);
        write.markRestoring();
        organization.apply(input);
        em.flush();
        return organization.toDto();
    }

    /**
     * Merges a duplicate organization into the one kept: its positions and child organizations move to the kept one,
     * its sources are added to the kept one's, and it is deleted, all in one revision. Merging an organization into
     * one of its own descendants is refused (the chain of parents would loop); merge the other way.
     */
    public OrganizationDto merge(UUID fromId, UUID intoId) {
        if (fromId.equals(intoId)) {
            throw ProblemException.invalidField("intoId", "an organization cannot be merged into itself");
        }
        Organization from = find(fromId);
        Organization into = find(intoId);
        Number below = (Number) em.createNativeQuery("""
                with recursive up(id, parent_id) as (
                    select id, parent_id from organization where id = :into
                    union
                    select o.id, o.parent_id from organization o join up on o.id = up.parent_id)
                select count(*) from up where id = :from""")
                .setParameter("into", intoId).setParameter("from", fromId).getSingleResult();
        if (below.longValue() > 0) {
            throw ProblemException.invalidField("intoId",
                    "organization " + intoId + " is below " + fromId + ": merge " + intoId + " into " + fromId);
        }
        Position.<Position> list("organizationId", fromId).forEach(position -> position.organizationId = intoId);
        Organization.<Organization> list("parentId", fromId).forEach(child -> child.parentId = intoId);
        from.sourceIds.stream().filter(source -> !into.sourceIds.contains(source)).forEach(into.sourceIds::add);
        em.flush(); // nothing refers to the duplicate before it goes
        from.delete();
        em.flush();
        return into.toDto();
    }

    private Organization find(UUID id) {
        return Organization.<Organization> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Organization", id));
    }

    private void checkReferences(UUID self, OrganizationInput input) {
        if (!Country.existsOrNull(input.countryCode())) {
            throw ProblemException.invalidField("countryCode", "no country has the code " + input.countryCode());
        }
        UUID parent = input.parentId();
        if (parent == null) {
            return;
        }
        if (parent.equals(self)) {
            throw ProblemException.invalidField("parentId", "an organization cannot be its own parent");
        }
        if (Organization.findById(parent) == null) {
            throw ProblemException.invalidField("parentId", "organization " + parent + " does not exist");
        }
        if (self != null) {
            Number loops = (Number) em.createNativeQuery("""
                    with recursive up(id, parent_id) as (
                        select id, parent_id from organization where id = :parent
                        union
                        select o.id, o.parent_id from organization o join up on o.id = up.parent_id)
                    select count(*) from up where id = :self""")
                    .setParameter("parent", parent).setParameter("self", self).getSingleResult();
            if (loops.longValue() > 0) {
                throw ProblemException.invalidField("parentId",
                        "organization " + parent + " is below " + self + ": the parent chain would loop");
            }
        }
    }
}
