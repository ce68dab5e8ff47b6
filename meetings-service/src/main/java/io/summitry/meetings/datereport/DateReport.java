package io.summitry.meetings.datereport;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.summitry.service.history.Historied;
import io.summitry.api.meetings.DateReportDto;
import io.summitry.service.date.FuzzyDates;

/** What one source said about when a meeting is or was ("later this year"), beside the reconciled date. */
@Entity
@Audited
@Table(name = "date_report")
public class DateReport extends PanacheEntityBase implements Historied {

    @Id
    @GeneratedValue
    public UUID id;
    @Column(name = "meeting_id")
    public UUID meetingId;
    @Column(name = "date_edtf")
    public String dateEdtf;
    public LocalDate earliest;
    public LocalDate latest;
    public String precision;
    @Column(name = "date_note")
    public String dateNote;
    @Column(name = "source_id")
    public UUID sourceId;
    public String quote;
    @Version
    public long version;

    public DateReportDto toDto() {
        return new DateReportDto(id, meetingId, FuzzyDates.stored(dateEdtf, dateNote), sourceId, quote, version);
    }

    @Override
    public String historyTypename() {
        return "DateReport";
    }

    @Override
    public UUID historyId() {
        return id;
    }

    @Override
    public String historyRootTypename() {
        return "Meeting";
    }

    @Override
    public UUID historyRootId() {
        return meetingId;
    }

    @Override
    public Object historyState() {
        return toDto();
    }
}
