package io.summitry.people.position;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.summitry.service.history.Historied;
import io.summitry.api.people.PositionDto;
import io.summitry.service.date.FuzzyDateColumns;

/** A post a person held in an organization, from a fuzzy start to a fuzzy (or open) end. */
@Entity
@Audited
@Table(name = "position")
public class Position extends PanacheEntityBase implements Historied {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "organization_id")
    public UUID organizationId;

    public String title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "edtf", column = @Column(name = "start_edtf")),
            @AttributeOverride(name = "earliest", column = @Column(name = "start_earliest")),
            @AttributeOverride(name = "latest", column = @Column(name = "start_latest")),
            @AttributeOverride(name = "precision", column = @Column(name = "start_precision")),
            @AttributeOverride(name = "note", column = @Column(name = "start_note")) })
    public FuzzyDateColumns startDate;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "edtf", column = @Column(name = "end_edtf")),
            @AttributeOverride(name = "earliest", column = @Column(name = "end_earliest")),
            @AttributeOverride(name = "latest", column = @Column(name = "end_latest")),
            @AttributeOverride(name = "precision", column = @Column(name = "end_precision")),
            @AttributeOverride(name = "note", column = @Column(name = "end_note")) })
    public FuzzyDateColumns endDate;

    @ElementCollection
    @CollectionTable(name = "position_source", joinColumns = @JoinColumn(name = "position_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "source_id")
    public List<UUID> sourceIds = new ArrayList<>();

    @Version
    public long version;

    public PositionDto toDto() {
        return new PositionDto(id, personId, organizationId, title, FuzzyDateColumns.toDto(startDate),
                FuzzyDateColumns.toDto(endDate), List.copyOf(sourceIds), version);
    }

    @Override
    public String historyTypename() {
        return "Position";
    }

    @Override
    public UUID historyId() {
        return id;
    }

    @Override
    public String historyRootTypename() {
        return "Person";
    }

    @Override
    public UUID historyRootId() {
        return personId;
    }

    @Override
    public Object historyState() {
        return toDto();
    }
}
