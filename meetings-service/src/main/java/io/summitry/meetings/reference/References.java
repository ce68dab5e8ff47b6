package io.summitry.meetings.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.summitry.api.GroupedResult;
import io.summitry.api.meetings.ReferenceDto;
import io.summitry.meetings.meeting.Meeting;
import io.summitry.meetings.mention.Mention;
import io.summitry.meetings.participant.Participant;
import io.summitry.meetings.statement.Statement;
import io.summitry.meetings.sql.Rows;
import io.summitry.meetings.sql.Sql;
import io.summitry.problem.ProblemException;
import io.summitry.problem.ProblemType;
import io.summitry.service.batch.Batches;
import io.summitry.service.batch.Batches.Keyed;

/**
 * Every reference this service holds to people and organizations of people-service, and moving them from one id to
 * another when the gateway merges two records. Moves go through the entities, so each moved record gets its change
 * in the revision log.
 */
@ApplicationScoped
public class References {

    private static final String BY_PEOPLE = """
            select p.person_id as key, 'Participant' as typename, p.id, p.meeting_id, 'personId' as field
                from participant p where p.person_id = any(?)
            union all
            select m.person_id, 'Mention', m.id, m.meeting_id, 'personId' from mention m where m.person_id = any(?)
            union all
            select m.mentioned_by_id, 'Mention', m.id, m.meeting_id, 'mentionedById' from mention m
                where m.mentioned_by_id = any(?)
            union all
            select s.person_id, 'Statement', st.id, st.meeting_id, 'speakerIds' from statement_speaker s
                join statement st on st.id = s.statement_id where s.person_id = any(?)
            order by 2, 4, 3""";
    private static final String BY_ORGANIZATIONS = """
            select m.host_organization_id as key, 'Meeting' as typename, m.id, m.id as meeting_id,
                   'hostOrganizationId' as field
                from meeting m where m.host_organization_id = any(?) order by m.id""";

    @Inject
    Sql sql;
    @Inject
    EntityManager em;
    @Inject
    Tombstones tombstones;

    public GroupedResult<ReferenceDto> toPeople(List<UUID> ids) {
        Sql.ArrayParam array = Rows.uuidArray(ids);
        return Batches.groupedKeyed(ids, sql.query(BY_PEOPLE, List.of(array, array, array, array), References::row));
    }

    public GroupedResult<ReferenceDto> toOrganizations(List<UUID> ids) {
        return Batches.groupedKeyed(ids, sql.query(BY_ORGANIZATIONS, List.of(Rows.uuidArray(ids)), References::row));
    }

    /**
     * Points every reference to one person at another. A meeting both take part in cannot hold two participants of
     * one person: a 409 naming those participants, and nothing moves.
     */
    @Transactional
    public List<ReferenceDto> movePeople(UUID fromId, UUID intoId) {
        tombstones.requireReferable("intoId", Referent.PERSON, intoId);
        List<ReferenceDto> moved = new ArrayList<>();
        List<Participant> participants = em.createQuery("select p from Participant p where p.personId = :from",
                Participant.class).setParameter("from", fromId).getResultList();
        List<UUID> clashes = participants.stream().filter(p -> Participant.count("meetingId = ?1 and personId = ?2",
                p.meetingId, intoId) > 0).map(p -> p.id).toList();
        if (!clashes.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "Person " + intoId + " already takes part in the"
                    + " meetings of participant(s) " + clashes + ": remove one of the two participants first");
        }
        for (Participant participant : participants) {
            participant.personId = intoId;
            moved.add(new ReferenceDto("Participant", participant.id, participant.meetingId, "personId"));
        }
        for (Mention mention : em.createQuery("select m from Mention m where m.personId = :from"
                + " or m.mentionedById = :from", Mention.class).setParameter("from", fromId).getResultList()) {
            if (fromId.equals(mention.personId)) {
                mention.personId = intoId;
                moved.add(new ReferenceDto("Mention", mention.id, mention.meetingId, "personId"));
            }
            if (fromId.equals(mention.mentionedById)) {
                mention.mentionedById = intoId;
                moved.add(new ReferenceDto("Mention", mention.id, mention.meetingId, "mentionedById"));
            }
        }
        for (Statement statement : em.createQuery("select distinct s from Statement s"
                + " join s.speakerIds speaker where speaker = :from", Statement.class)
                .setParameter("from", fromId).getResultList()) {
            List<UUID> speakers = new ArrayList<>();
            for (UUID speaker : statement.speakerIds) {
                UUID now = speaker.equals(fromId) ? intoId : speaker;
                if (!speakers.contains(now)) {
                    speakers.add(now);
                }
            }
            statement.speakerIds.clear();
            statement.speakerIds.addAll(speakers);
            moved.add(new ReferenceDto("Statement", statement.id, statement.meetingId, "speakerIds"));
        }
        em.flush();
        return moved;
    }

    /** Points every meeting hosted by one organization at another. */
    @Transactional
    public List<ReferenceDto> moveOrganizations(UUID fromId, UUID intoId) {
        tombstones.requireReferable("intoId", Referent.ORGANIZATION, intoId);
        List<ReferenceDto> moved = new ArrayList<>();
        for (Meeting meeting : em.createQuery("select m from Meeting m where m.hostOrganizationId = :from",
                Meeting.class).setParameter("from", fromId).getResultList()) {
            meeting.hostOrganizationId = intoId;
            moved.add(new ReferenceDto("Meeting", meeting.id, meeting.id, "hostOrganizationId"));
        }
        em.flush();
        return Collections.unmodifiableList(moved);
    }

    private static Keyed<UUID, ReferenceDto> row(ResultSet row) throws SQLException {
        return new Keyed<>(Rows.uuid(row, "key"), new ReferenceDto(row.getString("typename"), Rows.uuid(row, "id"),
                Rows.uuid(row, "meeting_id"), row.getString("field")));
    }
}
