package io.summitry.meetings.participant;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.persistence.JoinColumn;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.summitry.service.history.Historied;
import io.summitry.api.meetings.FactBasis;
import io.summitry.api.meetings.ParticipantRole;

/** A person (an id of people-service) taking part in a meeting, with the sources that say so. */
@Entity
@Audited
public class Participant extends PanacheEntityBase implements Historied {

    @Id
    @GeneratedValue
    public UUID id;
    @Column(name = "meeting_id")
    public UUID meetingId;
    @Column(name = "person_id")
    public UUID personId;
    @Enumerated(EnumType.STRING)
    public ParticipantRole role;
    @Column(name = "delegation_country_code")
    public String delegationCountryCode;
    @Column(name = "title_as_reported")
    public String titleAsReported;
    @ElementCollection
    @CollectionTable(name = "participant_source", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "source_id")
    public Set<UUID> sourceIds = new LinkedHashSet<>();
    @Enumerated(EnumType.STRING)
    public FactBasis basis = FactBasis.REPORTED;
    public String note;
    @Version
    public long version;

    @Override
    public String historyTypename() {
        return "Participant";
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
        return ParticipantService.toDto(this);
    }
}
