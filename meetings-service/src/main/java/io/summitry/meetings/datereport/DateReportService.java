package io.summitry.meetings.datereport;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.summitry.api.GroupedResult;
import io.summitry.api.meetings.DateReportDto;
import io.summitry.api.meetings.DateReportInput;
import io.summitry.edtf.FuzzyDate;
import io.summitry.meetings.meeting.Meeting;
import io.summitry.service.batch.Batches;
import io.summitry.service.date.FuzzyDates;
import io.summitry.meetings.source.SourceRefs;
import io.summitry.meetings.sql.Constraints;
import io.summitry.meetings.sql.Rows;
import io.summitry.meetings.sql.Sql;
import io.summitry.problem.ProblemException;
import io.summitry.service.version.Versions;

/** What each source said about when a meeting is or was. */
@ApplicationScoped
public class DateReportService {

    private final EntityManager em;
    private final Sql sql;
    private final SourceRefs sources;

    public DateReportService(EntityManager em, Sql sql, SourceRefs sources) {
        this.em = em;
        this.sql = sql;
        this.sources = sources;
    }

    @Transactional
    public DateReportDto add(UUID meetingId, DateReportInput input) {
        FuzzyDates.parse("date", input.date());
        Meeting.requireExists(meetingId);
        DateReport report = new DateReport();
        report.meetingId = meetingId;
        apply(report, input);
        report.persist();
        Constraints.flush(em);
        return report.toDto();
    }

    @Transactional
    public DateReportDto update(UUID id, long expectedVersion, DateReportInput input) {
        DateReport report = find(id, expectedVersion);
        apply(report, input);
        Constraints.flush(em);
        return report.toDto();
    }

    @Transactional
    public void remove(UUID id, long expectedVersion) {
        find(id, expectedVersion).delete();
        Constraints.flush(em);
    }

    public DateReportDto get(UUID id) {
        DateReport report = DateReport.findById(id);
        if (report == null) {
            throw ProblemException.notFound("Date report", id);
        }
        return report.toDto();
    }

    private static DateReport find(UUID id, long expectedVersion) {
        DateReport report = DateReport.findById(id);
        if (report == null) {
            throw ProblemException.notFound("Date report", id);
        }
        Versions.check("Date report", id, expectedVersion, report.version);
        return report;
    }

    private void apply(DateReport report, DateReportInput input) {
        FuzzyDate date = FuzzyDates.parse("date", input.date());
        sources.requireExisting("sourceId", input.sourceId());
        report.dateEdtf = date.edtf();
        report.earliest = date.earliest();
        report.latest = date.latest();
        report.precision = date.precision().name();
        report.dateNote = input.date().note();
        report.sourceId = input.sourceId();
        report.quote = input.quote();
    }

    public GroupedResult<DateReportDto> byMeetings(List<UUID> meetingIds) {
        List<DateReportDto> rows = sql.query("select id, meeting_id, date_edtf, date_note, source_id, quote, version"
                + " from date_report where meeting_id = any(?) order by position", List.of(Rows.uuidArray(meetingIds)),
                row -> new DateReportDto(Rows.uuid(row, "id"), Rows.uuid(row, "meeting_id"),
                        FuzzyDates.stored(row.getString("date_edtf"), row.getString("date_note")),
                        Rows.uuid(row, "source_id"), row.getString("quote"), row.getLong("version")));
        return Batches.grouped(meetingIds, rows, DateReportDto::meetingId);
    }
}
