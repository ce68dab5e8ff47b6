package io.summitry.meetings.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.summitry.service.history.Historied;
import io.summitry.api.meetings.FactBasis;
import io.summitry.api.meetings.StatementDto;
import io.summitry.api.meetings.StatementKind;

/**
 * What was said at a meeting: verbatim, as the source reports it, or the words of a signed or issued text; by its
 * speakers in the source's order, or by nobody the source names ({@code attribution} then says how it names them).
 */
@Entity
@Audited
public class Statement extends PanacheEntityBase implements Historied {

    @Id
    @GeneratedValue
    public UUID id;
    @Column(name = "meeting_id")
    public UUID meetingId;
    @ElementCollection
    @CollectionTable(name = "statement_speaker", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "person_id")
    public List<UUID> speakerIds = new ArrayList<>();
    public String attribution;
    @Enumerated(EnumType.STRING)
    public StatementKind kind;
    public String text;
    @Column(name = "source_id")
    public UUID sourceId;
    @Enumerated(EnumType.STRING)
    public FactBasis basis = FactBasis.REPORTED;
    public String note;
    @Version
    public long version;

    public StatementDto toDto() {
        return new StatementDto(id, meetingId, List.copyOf(speakerIds), attribution, kind, text, sourceId, basis, note,
                version);
    }

    @Override
    public String historyTypename() {
        return "Statement";
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
