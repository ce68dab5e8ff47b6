package io.summitry.meetings.series;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.summitry.api.meetings.SeriesDto;

/** A recurring meeting format, keyed by its slug (the Defense Trilateral Talks: {@code defense-trilateral-talks}). */
@Entity
public class Series extends PanacheEntityBase {

    @Id
    public String slug;
    public String name;
    public String acronym;
    public String description;
    @Version
    public long version;

    public SeriesDto toDto() {
        return new SeriesDto(slug, name, acronym, description, version);
    }
}
