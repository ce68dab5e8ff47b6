package io.summitry.people.organization;

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
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.summitry.service.history.Historied;
import io.summitry.api.people.OrganizationDto;
import io.summitry.api.people.OrganizationInput;
import io.summitry.api.people.OrganizationKind;

/** An organization: a ministry, an office inside it, an armed service, a think tank. */
@Entity
@Audited
public class Organization extends PanacheEntityBase implements Historied {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    public String name;

    public String acronym;

    @Enumerated(EnumType.STRING)
    public OrganizationKind kind;

    public String summary;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "wikidata_id")
    public String wikidataId;

    /** Where an organization that no source names comes from, or why it is recorded as it is. */
    public String note;

    /**
     * Ids of sources kept by meetings-service, in the order given. Loaded for up to 100 organizations in one query
     * when a page or a batch of them is read.
     */
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "organization_source", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "source_id")
    public List<UUID> sourceIds = new ArrayList<>();

    @Version
    public long version;

    void apply(OrganizationInput input) {
        name = input.name().strip();
        acronym = blankToNull(input.acronym());
        kind = input.kind();
        summary = blankToNull(input.summary());
        countryCode = input.countryCode();
        parentId = input.parentId();
        wikidataId = input.wikidataId();
        note = blankToNull(input.note());
        List<UUID> sources = input.sourceIds() == null ? List.of() : input.sourceIds().stream().distinct().toList();
        if (!sourceIds.equals(sources)) {
            sourceIds.clear();
            sourceIds.addAll(sources);
        }
    }

    public OrganizationDto toDto() {
        return new OrganizationDto(id, name, acronym, kind, summary, countryCode, parentId, wikidataId,
                List.copyOf(sourceIds), note, version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String historyTypename() {
        return "Organization";
    }

    @Override
    public UUID historyId() {
        return id;
    }

    @Override
    public Object historyState() {
        return toDto();
    }
}
