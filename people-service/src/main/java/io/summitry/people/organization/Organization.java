package io.summitry.people.organization;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.summitry.api.people.OrganizationDto;
import io.summitry.api.people.OrganizationInput;
import io.summitry.api.people.OrganizationKind;

/** An organization: a ministry, an office inside it, an armed service, a think tank. */
@Entity
public class Organization extends PanacheEntityBase {

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
    }

    public OrganizationDto toDto() {
        return new OrganizationDto(id, name, acronym, kind, summary, countryCode, parentId, wikidataId, version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
