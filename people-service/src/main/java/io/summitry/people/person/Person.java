package io.summitry.people.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.summitry.service.history.Historied;
import io.summitry.api.people.PersonDto;
import io.summitry.api.people.PersonInput;

/** A person, with the names sources give them. */
@Entity
@Audited
public class Person extends PanacheEntityBase implements Historied {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    public String name;

    @Column(name = "given_name")
    public String givenName;

    @Column(name = "family_name")
    public String familyName;

    @ElementCollection
    @CollectionTable(name = "person_other_name", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "ordinal")
    public List<OtherName> otherNames = new ArrayList<>();

    public String nationality;

    @Column(name = "wikidata_id")
    public String wikidataId;

    public String summary;

    /** Every name joined by '|'; the database derives the indexed, normalized search text from it. */
    public String names;

    @Version
    public long version;

    void apply(PersonInput input) {
        name = input.name().strip();
        givenName = blankToNull(input.givenName());
        familyName = blankToNull(input.familyName());
        otherNames.clear();
        if (input.otherNames() != null) {
            input.otherNames().stream().map(OtherName::of).forEach(otherNames::add);
        }
        nationality = input.nationality();
        wikidataId = input.wikidataId();
        summary = blankToNull(input.summary());
        names = Stream.concat(Stream.of(name, givenName, familyName), otherNames.stream().map(o -> o.name))
                .filter(Objects::nonNull)
                .collect(Collectors.joining("|"));
    }

    public PersonDto toDto() {
        return new PersonDto(id, name, givenName, familyName, otherNames.stream().map(OtherName::toDto).toList(),
                nationality, wikidataId, summary, version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String historyTypename() {
        return "Person";
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
