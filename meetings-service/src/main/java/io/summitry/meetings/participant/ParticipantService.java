package io.summitry.meetings.participant;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.summitry.api.GroupedResult;
import io.summitry.api.meetings.FactBasis;
import io.summitry.api.meetings.ParticipantDto;
import io.summitry.api.meetings.ParticipantInput;
import io.summitry.meetings.meeting.Meeting;
import io.summitry.meetings.reference.Referent;
import io.summitry.meetings.reference.Tombstones;
import io.summitry.service.batch.Batches;
import io.summitry.meetings.source.SourceRefs;
import io.summitry.meetings.sql.Constraints;
import io.summitry.meetings.sql.Rows;
import io.summitry.meetings.sql.Sql;
import io.summitry.problem.ProblemException;
import io.summitry.problem.ProblemType;
import io.summitry.service.version.Versions;

/** Who takes part in which meeting: adding and removing participants, and the batch reads. */
@ApplicationScoped
public class ParticipantService {

    private static final String COLUMNS = """
            p.id, p.meeting_id, p.person_id, p.role, p.delegation_country_code, p.title_as_reported, p.basis, \
            p.note, p.version, \
            array(select ps.source_id from participant_source ps where ps.participant_id = p.id \
            order by ps.source_id) as source_ids""";
    private static final String ROLE_ORDER = "array_position(array['HEAD_OF_DELEGATION', 'HOST', 'SPEAKER', "
            + "'MODERATOR', 'DELEGATE', 'OBSERVER'], p.role)";

    private final EntityManager em;
    private final Sql sql;
    private final SourceRefs sources;
    private final Tombstones tombstones;

    public ParticipantService(EntityManager em, Sql sql, SourceRefs sources, Tombstones tombstones) {
        this.em = em;
        this.sql = sql;
        this.sources = sources;
        this.tombstones = tombstones;
    }

    @Transactional
    public ParticipantDto add(UUID meetingId, ParticipantInput input) {
        Meeting.requireExists(meetingId);
        if (Participant.count("meetingId = ?1 and personId = ?2", meetingId, input.personId()) > 0) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Person " + input.personId() + " already takes part in meeting " + meetingId);
        }
        Participant participant = new Participant();
        participant.meetingId = meetingId;
        apply(participant, input);
        participant.persist();
        Constraints.flush(em);
        return toDto(participant);
    }

    /** Replaces a participant; the meeting stays the same, and a person can take part in it only once. */
    @Transactional
    public ParticipantDto update(UUID id, long expectedVersion, ParticipantInput input) {
        Participant participant = find(id);
        Versions.check("Participant", id, expectedVersion, participant.version);
        if (!participant.personId.equals(input.personId()) && Participant.count(
                "meetingId = ?1 and personId = ?2", participant.meetingId, input.personId()) > 0) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Person " + input.personId() + " already takes part in meeting " + participant.meetingId);
        }
        apply(participant, input);
        Constraints.flush(em);
        return toDto(participant);
    }

    public ParticipantDto get(UUID id) {
        return toDto(find(id));
    }

    private static Participant find(UUID id) {
        Participant participant = Participant.findById(id);
        if (participant == null) {
            throw ProblemException.notFound("Participant", id);
        }
        return participant;
    }

    private void apply(Participant participant, ParticipantInput input) {
        sources.requireExisting("sourceIds", input.sourceIds());
        tombstones.requireReferable("personId", Referent.PERSON, input.personId());
        participant.personId = input.personId();
        participant.role = input.role();
        participant.delegationCountryCode = input.delegationCountryCode();
        participant.titleAsReported = input.titleAsReported();
        participant.basis = input.basis() == null ? FactBasis.REPORTED : input.basis();
        participant.note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        Set<UUID> sourceIds = input.sourceIds() == null ? new LinkedHashSet<>()
                : new LinkedHashSet<>(input.sourceIds());
        if (!sourceIds.equals(participant.sourceIds)) {
            participant.sourceIds.clear();
            participant.sourceIds.addAll(sourceIds);
        }
    }

    static ParticipantDto toDto(Participant participant) {
        return new ParticipantDto(participant.id, participant.meetingId, participant.personId, participant.role,
                participant.delegationCountryCode, participant.titleAsReported,
                participant.sourceIds.stream().sorted().toList(), participant.basis, participant.note,
                participant.version);
    }

    @Transactional
    public void remove(UUID meetingId, UUID participantId) {
        // loaded and removed as an entity, not by a bulk delete, so the revision log keeps its last values
        Participant participant = Participant.findById(participantId);
        if (participant == null || !participant.meetingId.equals(meetingId)) {
            throw ProblemException.notFound("Participant of meeting " + meetingId, participantId);
        }
        participant.delete();
    }

    public GroupedResult<ParticipantDto> byMeetings(List<UUID> meetingIds) {
        List<ParticipantDto> rows = sql.query("select " + COLUMNS + " from participant p where p.meeting_id = any(?)"
                + " order by " + ROLE_ORDER + ", p.position", List.of(Rows.uuidArray(meetingIds)),
                ParticipantService::map);
        return Batches.grouped(meetingIds, rows, ParticipantDto::meetingId);
    }

    /** Where each person took part, newest meeting first. */
    public GroupedResult<ParticipantDto> byPeople(List<UUID> personIds) {
        List<ParticipantDto> rows = sql.query("select " + COLUMNS + " from participant p"
                + " join meeting m on m.id = p.meeting_id where p.person_id = any(?)"
                + " order by coalesce(m.earliest, '-infinity'::date) desc, coalesce(m.latest, 'infinity'::date) desc,"
                + " m.id desc", List.of(Rows.uuidArray(personIds)), ParticipantService::map);
        return Batches.grouped(personIds, rows, ParticipantDto::personId);
    }

    private static ParticipantDto map(java.sql.ResultSet row) throws java.sql.SQLException {
        return new ParticipantDto(Rows.uuid(row, "id"), Rows.uuid(row, "meeting_id"), Rows.uuid(row, "person_id"),
                io.summitry.api.meetings.ParticipantRole.valueOf(row.getString("role")),
                row.getString("delegation_country_code"), row.getString("title_as_reported"),
                Rows.uuids(row, "source_ids"), FactBasis.valueOf(row.getString("basis")), row.getString("note"),
                row.getLong("version"));
    }
}
