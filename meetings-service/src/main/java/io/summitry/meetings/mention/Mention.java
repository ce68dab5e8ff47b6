package io.summitry.meetings.mention;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.summitry.service.history.Historied;
import io.summitry.api.meetings.FactBasis;
import io.summitry.api.meetings.MentionDto;

/** A person named at a meeting without taking part, who named them, and the source. */
@Entity
@Audited
public class Mention extends PanacheEntityBase implements Historied {

    @Id
    @GeneratedValue
    public UUID id;
    @Column(name = "meeting_id")
    public UUID meetingId;
    @Column(name = "person_id")
    public UUID personId;
    public String context;
    @Column(name = "mentioned_by_id")
    public UUID mentionedById;
    @Column(name = "source_id")
    public UUID sourceId;
    @Enumerated(EnumType.STRING)
    public FactBasis basis = FactBasis.REPORTED;
    public String note;
    @Version
    public long version;

    public MentionDto toDto() {
        return new MentionDto(id, meetingId, personId, context, mentionedById, sourceId, basis, note, version);
    }

    @Override
    public String historyTypename() {
        return "Mention";
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
