package io.summitry.people.person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import io.summitry.api.people.OtherNameDto;
import io.summitry.api.people.PersonDto;
import io.summitry.api.people.PersonInput;
import io.summitry.people.country.Country;
import io.summitry.people.position.Position;
import io.summitry.service.batch.Ids;
import io.summitry.service.version.Versions;
import io.summitry.people.paging.Keyset;
import io.summitry.service.paging.PageRequest;
import io.summitry.problem.ProblemException;
import io.summitry.service.paging.TotalCounts;
import io.summitry.service.history.ChangeStore;
import io.summitry.service.history.WriteContext;

/** Reads and writes people; the typeahead search runs on the trigram index over all their names. */
@ApplicationScoped
@Transactional
public class PersonService {

    /** The filters of the people list; null parts match everything. */
    public record Filter(String text, String nationality, UUID organizationId) {

        public boolean ranked() {
            return text != null && !text.isBlank();
        }
    }

    @Inject
    EntityManager em;
    /** The reads: rows become DTOs directly, with no entity, persistence context or dirty check on the way. */
    @Inject
    StatelessSession reads;
    @Inject
    TotalCounts totals;
    @Inject
    ChangeStore changes;
    @Inject
    WriteContext write;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PersonDto> get(UUID id) {
        return Optional.ofNullable(byIds(List.of(id)).get(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PersonDto> list(Filter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select p.id, p.name, ");
        if (filter.ranked()) {
            // The LIKE on the normalized text is what the GIN trigram index serves; the rank only orders the hits:
            // how well the text matches some name, plus how close the main name is to it as a whole.
            sql.append("word_similarity(search_norm(:text), p.search_text)"
                    + " + similarity(search_norm(:text), search_norm(p.name)) as rank from person p"
                    + " where p.search_text like search_contains(:text)");
            params.put("text", filter.text());
        } else {
            sql.append("cast(null as real) as rank from person p where true");
        }
        if (filter.nationality() != null) {
            sql.append(" and p.nationality = :nationality");
            params.put("nationality", filter.nationality());
        }
        if (filter.organizationId() != null) {
            sql.append(" and exists (select 1 from position x where x.person_id = p.id"
                    + " and x.organization_id = :organization)");
            params.put("organization", filter.organizationId());
        }
        return Keyset.page(reads, totals, sql.toString(), params, page, filter.ranked(), this::byIds);
    }

    /** The people with these ids and their other names, in one query: a row per other name (one if none). */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Map<UUID, PersonDto> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = reads.createNativeQuery("""
                select p.id, p.name, p.given_name, p.family_name, p.nationality, p.wikidata_id, p.summary, p.version,
                       o.name as other_name, o.lang, o.note
                from person p left join person_other_name o on o.person_id = p.id
                where p.id = any(cast(:ids as uuid[]))
                order by p.id, o.ordinal""").setParameter("ids", Ids.sqlArray(ids)).getResultList();
        Map<UUID, List<Object[]>> byPerson = rows.stream()
                .collect(Collectors.groupingBy(row -> Keyset.uuid(row[0]), LinkedHashMap::new, Collectors.toList()));
        Map<UUID, PersonDto> people = new HashMap<>();
        byPerson.forEach((id, personRows) -> people.put(id, toDto(id, personRows)));
        return people;
    }

    /** One person from their rows of {@link #byIds}: the person's columns repeated, one other name each. */
    private static PersonDto toDto(UUID id, List<Object[]> rows) {
        Object[] row = rows.get(0);
        List<OtherNameDto> otherNames = rows.stream().filter(r -> r[8] != null)
                .map(r -> new OtherNameDto((String) r[8], (String) r[9], (String) r[10])).toList();
        return new PersonDto(id, (String) row[1], (String) row[2], (String) row[3], otherNames, (String) row[4],
                (String) row[5], (String) row[6], ((Number) row[7]).longValue());
    }

    public PersonDto create(PersonInput input) {
        checkReferences(input);
        Person person = new Person();
        person.apply(input);
        person.persist();
        em.flush();
        Log.infof("Created person %s", person.id);
        return person.toDto();
    }

    public PersonDto update(UUID id, long expectedVersion, PersonInput input) {
        Person person = find(id);
        Versions.check("Person", id, expectedVersion, person.version);
        checkReferences(input);
        person.apply(input);
        em.flush();
        return person.toDto();
    }

    /**
     * Deletes a person and their positions. The positions are deleted here rather than by the database's cascade so
     * that the revision log keeps each one's last values as a DELETED change.
     */
    public void delete(UUID id, long expectedVersion) {
        Person person = find(id);
        Versions.check("Person", id, expectedVersion, person.version);
        Position.<Position> list("personId", id).forEach(Position::delete); // one by one: a bulk delete skips the log
        person.delete();
        em.flush();
    }

    /** The person as they stood at an instant, with the other names they had then; empty if they did not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PersonDto> asOf(UUID id, Instant at) {
        long revision = changes.revisionAt(at);
        Person then = revision == 0 ? null : AuditReaderFactory.get(em).find(Person.class, id, revision);
        return Optional.ofNullable(then).map(Person::toDto);
    }

    /**
     * Puts back the person's own fields (names, other names, nationality, ...) as they stood at a revision that
     * changed them or their positions: a new revision whose change is RESTORED. Positions are restored one by one.
     */
    public PersonDto restore(UUID id, long revision, long expectedVersion) {
        Person person = find(id);
        Versions.check("Person", id, expectedVersion, person.version);
        Person then = changes.touched(revision, "Person", id)
                ? AuditReaderFactory.get(em).find(Person.class, id, revision) : null;
        if (then == null) {
            throw ProblemException.invalidField("revision",
                    "revision " + revision + " holds no state of person " + id);
        }
        PersonDto old = then.toDto();
        write.markRestoring();
        person.apply(new PersonInput(old.name(), old.givenName(), old.familyName(), old.otherNames(),
                old.nationality(), old.wikidataId(), old.summary()));
        em.flush();
        return person.toDto();
    }

    /**
     * Merges a duplicate into the person kept, as Wikidata merges items: the duplicate's positions move to the kept
     * person, its names (main, given and family joined, and other names) become other names of the kept person where
     * not already there, and the duplicate is deleted. One revision holds every change. References held by
     * meetings-service (participants, speakers, mentions) are moved by the gateway.
     */
    public PersonDto merge(UUID fromId, UUID intoId) {
        if (fromId.equals(intoId)) {
            throw ProblemException.invalidField("intoId", "a person cannot be merged into themselves");
        }
        Person from = find(fromId);
        Person into = find(intoId);
        Position.<Position> list("personId", fromId).forEach(position -> position.personId = intoId);
        PersonDto kept = into.toDto();
        List<OtherNameDto> names = new ArrayList<>(kept.otherNames());
        Set<String> known = new HashSet<>();
        known.add(kept.name());
        kept.otherNames().forEach(other -> known.add(other.name()));
        PersonDto merged = from.toDto();
        if (known.add(merged.name())) {
            names.add(new OtherNameDto(merged.name(), null, "merged from person " + fromId));
        }
        for (OtherNameDto other : merged.otherNames()) {
            if (known.add(other.name())) {
                names.add(other);
            }
        }
        em.flush(); // positions point at the kept person before the duplicate goes
        from.delete();
        into.apply(new PersonInput(kept.name(), kept.givenName(), kept.familyName(),
                names.size() > 50 ? names.subList(0, 50) : names, kept.nationality(),
                kept.wikidataId(), kept.summary()));
        em.flush();
        if (kept.wikidataId() == null && merged.wikidataId() != null) {
            into.wikidataId = merged.wikidataId(); // the duplicate's row is gone, so its unique id is free
            em.flush();
        }
        return into.toDto();
    }

    private Person find(UUID id) {
        return Person.<Person> findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Person", id));
    }

    private static void checkReferences(PersonInput input) {
        if (!Country.existsOrNull(input.nationality())) {
            throw ProblemException.invalidField("nationality", "no country has the code " + input.nationality());
        }
    }
}
