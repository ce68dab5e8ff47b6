package io.summitry.meetings.statement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.summitry.api.GroupedResult;
import io.summitry.api.meetings.StatementDto;
import io.summitry.api.meetings.StatementInput;
import io.summitry.api.meetings.StatementKind;
import io.summitry.meetings.meeting.Meeting;
import io.summitry.meetings.rest.Batches;
import io.summitry.meetings.source.SourceRefs;
import io.summitry.meetings.sql.Constraints;
import io.summitry.meetings.sql.Rows;
import io.summitry.meetings.sql.Sql;

/** What people said at meetings. */
@ApplicationScoped
public class StatementService {

    private static final String COLUMNS = "s.id, s.meeting_id, s.speaker_id, s.kind, s.text, s.source_id";

    private final EntityManager em;
    private final Sql sql;
    private final SourceRefs sources;

    public StatementService(EntityManager em, Sql sql, SourceRefs sources) {
        this.em = em;
        this.sql = sql;
        this.sources = sources;
    }

    @Transactional
    public StatementDto add(UUID meetingId, StatementInput input) {
        Meeting.requireExists(meetingId);
        sources.requireExisting("sourceId", input.sourceId());
        Statement statement = new Statement();
        statement.meetingId = meetingId;
        statement.speakerId = input.speakerId();
        statement.kind = input.kind();
        statement.text = input.text();
        statement.sourceId = input.sourceId();
        statement.persist();
        Constraints.flush(em);
        return statement.toDto();
    }

    public GroupedResult<StatementDto> byMeetings(List<UUID> meetingIds) {
        List<StatementDto> rows = sql.query("select " + COLUMNS + " from statement s where s.meeting_id = any(?)"
                + " order by s.position", List.of(Rows.uuidArray(meetingIds)), StatementService::map);
        return Batches.grouped(meetingIds, rows, StatementDto::meetingId);
    }

    /** Each person's statements, newest meeting first, then in the order added. */
    public GroupedResult<StatementDto> bySpeakers(List<UUID> speakerIds) {
        List<StatementDto> rows = sql.query("select " + COLUMNS + " from statement s"
                + " join meeting m on m.id = s.meeting_id where s.speaker_id = any(?)"
                + " order by coalesce(m.earliest, '-infinity'::date) desc, coalesce(m.latest, 'infinity'::date) desc,"
                + " m.id desc, s.position", List.of(Rows.uuidArray(speakerIds)), StatementService::map);
        return Batches.grouped(speakerIds, rows, StatementDto::speakerId);
    }

    private static StatementDto map(ResultSet row) throws SQLException {
        return new StatementDto(Rows.uuid(row, "id"), Rows.uuid(row, "meeting_id"), Rows.uuid(row, "speaker_id"),
                StatementKind.valueOf(row.getString("kind")), row.getString("text"), Rows.uuid(row, "source_id"));
    }
}
