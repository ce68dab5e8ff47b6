package io.summitry.meetings.statement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.summitry.api.GroupedResult;
import io.summitry.api.meetings.FactBasis;
import io.summitry.api.meetings.StatementDto;
import io.summitry.api.meetings.StatementInput;
import io.summitry.api.meetings.StatementKind;
import io.summitry.meetings.meeting.Meeting;
import io.summitry.service.batch.Batches;
import io.summitry.service.batch.Batches.Keyed;
import io.summitry.meetings.reference.Referent;
import io.summitry.meetings.reference.Tombstones;
import io.summitry.meetings.source.SourceRefs;
import io.summitry.meetings.sql.Constraints;
import io.summitry.meetings.sql.Rows;
import io.summitry.meetings.sql.Sql;
import io.summitry.problem.ProblemException;
import io.summitry.service.version.Versions;

/** What was said at meetings: adding, correcting and removing statements, and the batch reads. */
@ApplicationScoped
public class StatementService {

    static final String COLUMNS = """
            s.id, s.meeting_id, s.attribution, s.kind, s.text, s.source_id, s.basis, s.note, s.version, \
            array(select ss.person_id from statement_speaker ss where ss.statement_id = s.id \
            order by ss.ordinal) as speaker_ids""";

    private final EntityManager em;
    private final Sql sql;
    private final SourceRefs sources;
    private final Tombstones tombstones;

    public StatementService(EntityManager em, Sql sql, SourceRefs sources, Tombstones tombstones) {
        this.em = em;
        this.sql = sql;
        this.sources = sources;
        this.tombstones = tombstones;
    }

    @Transactional
    public StatementDto add(UUID meetingId, StatementInput input) {
        Meeting.requireExists(meetingId);
        Statement statement = new Statement();
        statement.meetingId = meetingId;
        apply(statement, input);
        statement.persist();
        Constraints.flush(em);
        return statement.toDto();
    }

    @Transactional
    public StatementDto update(UUID id, long expectedVersion, StatementInput input) {
        Statement statement = find(id);
        Versions.check("Statement", id, expectedVersion, statement.version);
        apply(statement, input);
        Constraints.flush(em);
        return statement.toDto();
    }

    @Transactional
    public void remove(UUID id, long expectedVersion) {
        Statement statement = find(id);
        Versions.check("Statement", id, expectedVersion, statement.version);
        statement.delete();
        Constraints.flush(em);
    }

    public StatementDto get(UUID id) {
        return find(id).toDto();
    }

    private static Statement find(UUID id) {
        Statement statement = Statement.findById(id);
        if (statement == null) {
            throw ProblemException.notFound("Statement", id);
        }
        return statement;
    }

    private void apply(Statement statement, StatementInput input) {
        List<UUID> speakers = input.speakers();
        if (input.speakerId() != null && input.speakerIds() != null && !input.speakerIds().isEmpty()) {
            throw ProblemException.invalidField("speakerIds", "give speakerId or speakerIds, not both");
        }
        if (new LinkedHashSet<>(speakers).size() != speakers.size()) {
            throw ProblemException.invalidField("speakerIds", "names a speaker twice");
        }
        String attribution = blankToNull(input.attribution());
        if (speakers.isEmpty() && attribution == null) {
            throw ProblemException.invalidField("attribution",
                    "a statement without speakers needs an attribution, how the source names the speaker");
        }
        FactBasis basis = input.basis() == null ? FactBasis.REPORTED : input.basis();
        sources.requireExisting("sourceId", input.sourceId());
        tombstones.requireReferable(input.speakerId() != null ? "speakerId" : "speakerIds", Referent.PERSON, speakers);
        if (!statement.speakerIds.equals(speakers)) {
            statement.speakerIds.clear();
            statement.speakerIds.addAll(speakers);
        }
        statement.attribution = attribution;
        statement.kind = input.kind();
        statement.text = input.text();
        statement.sourceId = input.sourceId();
        statement.basis = basis;
        statement.note = blankToNull(input.note());
    }

    public GroupedResult<StatementDto> byMeetings(List<UUID> meetingIds) {
        List<StatementDto> rows = sql.query("select " + COLUMNS + " from statement s where s.meeting_id = any(?)"
                + " order by s.position", List.of(Rows.uuidArray(meetingIds)), StatementService::map);
        return Batches.grouped(meetingIds, rows, StatementDto::meetingId);
    }

    /** Each person's statements, alone or joint, newest meeting first, then in the order added. */
    public GroupedResult<StatementDto> bySpeakers(List<UUID> speakerIds) {
        List<Keyed<UUID, StatementDto>> rows = sql.query("select sp.person_id as key_id, " + COLUMNS
                + " from statement_speaker sp join statement s on s.id = sp.statement_id"
                + " join meeting m on m.id = s.meeting_id where sp.person_id = any(?)"
                + " order by coalesce(m.earliest, '-infinity'::date) desc, coalesce(m.latest, 'infinity'::date) desc,"
                + " m.id desc, s.position", List.of(Rows.uuidArray(speakerIds)),
                row -> new Keyed<>(Rows.uuid(row, "key_id"), map(row)));
        return Batches.groupedKeyed(speakerIds, rows);
    }

    static StatementDto map(ResultSet row) throws SQLException {
        return new StatementDto(Rows.uuid(row, "id"), Rows.uuid(row, "meeting_id"),
                new ArrayList<>(Rows.uuids(row, "speaker_ids")), row.getString("attribution"),
                StatementKind.valueOf(row.getString("kind")), row.getString("text"), Rows.uuid(row, "source_id"),
                FactBasis.valueOf(row.getString("basis")), row.getString("note"), row.getLong("version"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
