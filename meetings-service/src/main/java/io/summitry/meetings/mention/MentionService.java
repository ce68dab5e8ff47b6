package io.summitry.meetings.mention;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.summitry.api.GroupedResult;
import io.summitry.api.meetings.FactBasis;
import io.summitry.api.meetings.MentionDto;
import io.summitry.api.meetings.MentionInput;
import io.summitry.meetings.meeting.Meeting;
import io.summitry.service.batch.Batches;
import io.summitry.meetings.reference.Referent;
import io.summitry.meetings.reference.Tombstones;
import io.summitry.meetings.source.SourceRefs;
import io.summitry.meetings.sql.Constraints;
import io.summitry.meetings.sql.Rows;
import io.summitry.meetings.sql.Sql;
import io.summitry.problem.ProblemException;
import io.summitry.service.version.Versions;

/** People named at meetings without taking part. */
@ApplicationScoped
public class MentionService {

    private final EntityManager em;
    private final Sql sql;
    private final SourceRefs sources;
    private final Tombstones tombstones;

    public MentionService(EntityManager em, Sql sql, SourceRefs sources, Tombstones tombstones) {
        this.em = em;
        this.sql = sql;
        this.sources = sources;
        this.tombstones = tombstones;
    }

    @Transactional
    public MentionDto add(UUID meetingId, MentionInput input) {
        Meeting.requireExists(meetingId);
        Mention mention = new Mention();
        mention.meetingId = meetingId;
        apply(mention, input);
        mention.persist();
        Constraints.flush(em);
        return mention.toDto();
    }

    @Transactional
    public MentionDto update(UUID id, long expectedVersion, MentionInput input) {
        Mention mention = find(id, expectedVersion);
        apply(mention, input);
        Constraints.flush(em);
        return mention.toDto();
    }

    @Transactional
    public void remove(UUID id, long expectedVersion) {
        find(id, expectedVersion).delete();
        Constraints.flush(em);
    }

    public MentionDto get(UUID id) {
        Mention mention = Mention.findById(id);
        if (mention == null) {
            throw ProblemException.notFound("Mention", id);
        }
        return mention.toDto();
    }

    private static Mention find(UUID id, long expectedVersion) {
        Mention mention = Mention.findById(id);
        if (mention == null) {
            throw ProblemException.notFound("Mention", id);
        }
        Versions.check("Mention", id, expectedVersion, mention.version);
        return mention;
    }

    private void apply(Mention mention, MentionInput input) {
        sources.requireExisting("sourceId", input.sourceId());
        tombstones.requireReferable("personId", Referent.PERSON, input.personId());
        tombstones.requireReferable("mentionedById", Referent.PERSON, input.mentionedById());
        mention.personId = input.personId();
        mention.context = input.context();
        mention.mentionedById = input.mentionedById();
        mention.sourceId = input.sourceId();
        mention.basis = input.basis() == null ? FactBasis.REPORTED : input.basis();
        mention.note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
    }

    public GroupedResult<MentionDto> byMeetings(List<UUID> meetingIds) {
        List<MentionDto> rows = sql.query("select id, meeting_id, person_id, context, mentioned_by_id, source_id,"
                + " basis, note, version from mention where meeting_id = any(?) order by position",
                List.of(Rows.uuidArray(meetingIds)),
                row -> new MentionDto(Rows.uuid(row, "id"), Rows.uuid(row, "meeting_id"), Rows.uuid(row, "person_id"),
                        row.getString("context"), Rows.uuid(row, "mentioned_by_id"), Rows.uuid(row, "source_id"),
                        FactBasis.valueOf(row.getString("basis")), row.getString("note"), row.getLong("version")));
        return Batches.grouped(meetingIds, rows, MentionDto::meetingId);
    }
}
