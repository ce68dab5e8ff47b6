package io.summitry.meetings.statement;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.summitry.api.meetings.StatementDto;
import io.summitry.api.meetings.StatementKind;

/** What someone said at a meeting, verbatim or as the source reports it. */
@Entity
public class Statement extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;
    @Column(name = "meeting_id")
    public UUID meetingId;
    @Column(name = "speaker_id")
    public UUID speakerId;
    @Enumerated(EnumType.STRING)
    public StatementKind kind;
    public String text;
    @Column(name = "source_id")
    public UUID sourceId;

    public StatementDto toDto() {
        return new StatementDto(id, meetingId, speakerId, kind, text, sourceId);
    }
}
