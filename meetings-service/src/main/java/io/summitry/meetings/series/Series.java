package io.summitry.meetings.series;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.summitry.service.history.Historied;
import io.summitry.api.meetings.SeriesDto;

/** A recurring meeting format, keyed by its slug (the Defense Trilateral Talks: {@code defense-trilateral-talks}). */
@Entity
@Audited
public class Series extends PanacheEntityBase implements Historied {

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

    @Override
    public String historyTypename() {
        return "Series";
    }

    @Override
    public UUID historyId() {
        return Historied.keyOf(Series.class, slug);
    }

    @Override
    public Object historyState() {
        return toDto();
    }
}
