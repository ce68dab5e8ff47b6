package io.summitry.gateway.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.MeetingQuery;
import io.summitry.api.meetings.SourceDto;
import io.summitry.api.meetings.StatementDto;
import io.summitry.api.people.OrganizationDto;
import io.summitry.api.people.PersonDto;
import io.summitry.api.people.PositionDto;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.client.PeopleClient;

/**
 * {@code popolo.json}: one JSON object whose arrays {@code events}, {@code speeches}, {@code persons},
 * {@code memberships} and {@code organizations} hold the meetings the filter selects and what they name, as
 * {@link PopoloRecords} maps them, written object by object with Jackson's streaming generator.
 * <p>
 * Arrays of one JSON object cannot interleave, so the export walks the meetings twice (events, then speeches), a page
 * at a time, and keeps the ids of the people and organizations named along the way (16 bytes of key each, plus the
 * set's own overhead) to write each of them once afterwards, in batches. Its memory is constant in the number of
 * meetings and grows only with the number of distinct people and organizations they name.
 */
final class PopoloExport {

    /** People and organizations are read this many at a time (meetings-service's batch limit is 2000). */
    static final int BATCH = 500;

    private static final JsonFactory JSON = new ObjectMapper().getFactory();

    private final Services services;
    private final MeetingsClient meetings;
    private final PeopleClient people;
    private final Duration wait;

    PopoloExport(Services services) {
        this.services = services;
        this.meetings = services.meetings();
        this.people = services.people();
        this.wait = services.timeout();
    }

    /**
     * Writes the export of an opened walk (its first page read, so the filter is known to be accepted). The walk
     * for the speeches is opened anew with the same filter.
     */
    void write(MeetingPages events, MeetingQuery filter, Map<String, String> echoedFilter, OutputStream out)
            throws IOException {
        Set<UUID> personIds = new LinkedHashSet<>();
        Set<UUID> organizationIds = new LinkedHashSet<>();
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeObjectFieldStart(PopoloRecords.EXTENSION);
            json.writeStringField("format", "popolo");
            json.writeStringField("exported_at", Instant.now().toString());
            json.writeObjectFieldStart("filter");
            for (Map.Entry<String, String> parameter : echoedFilter.entrySet()) {
                json.writeStringField(parameter.getKey(), parameter.getValue());
            }
            json.writeEndObject();
            json.writeNumberField("meetings", events.totalCount());
            json.writeEndObject();

            json.writeArrayFieldStart("events");
            try (JoinedPages joined = new JoinedPages(events, PageJoins.Depth.FULL, services)) {
                for (PageJoins joins = joined.next(); joins != null; joins = joined.next()) {
                    for (MeetingDto meeting : joins.meetings()) {
                        json.writeTree(PopoloRecords.event(meeting, joins));
                        add(organizationIds, meeting.hostOrganizationId());
                    }
                    joins.participants().values().forEach(list -> list.forEach(p -> personIds.add(p.personId())));
                    joins.mentions().values().forEach(list -> list.forEach(m -> {
                        personIds.add(m.personId());
                        add(personIds, m.mentionedById());
                    }));
                    json.flush();
                }
            }
            json.writeEndArray();

            json.writeArrayFieldStart("speeches");
            MeetingPages again = MeetingPages.open(services, filter);
            for (List<MeetingDto> page = again.nextPage(); page != null; page = again.nextPage()) {
                Map<UUID, List<StatementDto>> statements = meetings
                        .statementsByMeetings(page.stream().map(MeetingDto::id).toList()).await().atMost(wait);
                Set<UUID> sourceIds = new HashSet<>();
                statements.values().forEach(list -> list.forEach(s -> add(sourceIds, s.sourceId())));
                Map<UUID, SourceDto> sources = meetings.sourcesByIds(sourceIds).await().atMost(wait);
                for (MeetingDto meeting : page) {
                    for (StatementDto statement : statements.getOrDefault(meeting.id(), List.of())) {
                        json.writeTree(PopoloRecords.speech(statement, sources));
                        if (statement.speakerIds() != null) {
                            personIds.addAll(statement.speakerIds());
                        }
                    }
                }
                json.flush();
            }
            json.writeEndArray();

            json.writeArrayFieldStart("persons");
            for (List<UUID> batch : batches(personIds)) {
                Map<UUID, PersonDto> found = people.peopleByIds(batch).await().atMost(wait);
                for (UUID id : batch) {
                    PersonDto person = found.get(id);
                    if (person != null) {
                        json.writeTree(PopoloRecords.person(person));
                    }
                }
                json.flush();
            }
            json.writeEndArray();

            json.writeArrayFieldStart("memberships");
            for (List<UUID> batch : batches(personIds)) {
                Map<UUID, List<PositionDto>> positions = people.positionsByPeople(batch).await().atMost(wait);
                Set<UUID> sourceIds = new HashSet<>();
                positions.values().forEach(list -> list.forEach(p -> {
                    if (p.sourceIds() != null) {
                        sourceIds.addAll(p.sourceIds());
                    }
                }));
                Map<UUID, SourceDto> sources = meetings.sourcesByIds(sourceIds).await().atMost(wait);
                for (UUID id : batch) {
                    for (PositionDto position : positions.getOrDefault(id, List.of())) {
                        json.writeTree(PopoloRecords.membership(position, sources));
                        add(organizationIds, position.organizationId());
                    }
                }
                json.flush();
            }
            json.writeEndArray();

            json.writeArrayFieldStart("organizations");
            // parents are written too, so that every parent_id names an organization of the file
            Set<UUID> written = new HashSet<>();
            Set<UUID> pending = organizationIds;
            while (!pending.isEmpty()) {
                Set<UUID> parents = new LinkedHashSet<>();
                for (List<UUID> batch : batches(pending)) {
                    Map<UUID, OrganizationDto> found = people.organizationsByIds(batch).await().atMost(wait);
                    Set<UUID> sourceIds = new HashSet<>();
                    found.values().forEach(o -> {
                        if (o.sourceIds() != null) {
                            sourceIds.addAll(o.sourceIds());
                        }
                    });
                    Map<UUID, SourceDto> sources = meetings.sourcesByIds(sourceIds).await().atMost(wait);
                    for (UUID id : batch) {
                        OrganizationDto organization = found.get(id);
                        if (organization != null && written.add(id)) {
                            json.writeTree(PopoloRecords.organization(organization, sources));
                            if (organization.parentId() != null && !written.contains(organization.parentId())
                                    && !pending.contains(organization.parentId())) {
                                parents.add(organization.parentId());
                            }
                        }
                    }
                    json.flush();
                }
                pending = parents;
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static <T> void add(Set<T> set, T value) {
        if (value != null) {
            set.add(value);
        }
    }

    private static List<List<UUID>> batches(Set<UUID> ids) {
        List<List<UUID>> batches = new ArrayList<>();
        Iterator<UUID> each = ids.iterator();
        while (each.hasNext()) {
            List<UUID> batch = new ArrayList<>(BATCH);
            while (each.hasNext() && batch.size() < BATCH) {
                batch.add(each.next());
            }
            batches.add(batch);
        }
        return batches;
    }
}
