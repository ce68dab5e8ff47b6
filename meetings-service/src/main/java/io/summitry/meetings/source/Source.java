package io.summitry.meetings.source;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.summitry.service.history.Historied;
import io.summitry.api.meetings.SourceDto;

/** Where facts come from: an article, a press release, a transcript. */
@Entity
@Audited
public class Source extends PanacheEntityBase implements Historied {

    @Id
    @GeneratedValue
    public UUID id;
    public String title;
    public String publisher;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    public String url;
    @Column(name = "retrieved_from")
    public String retrievedFrom;
    @Version
    public long version;

    public SourceDto toDto() {
        return new SourceDto(id, title, publisher, publishedOn, url, retrievedFrom, version);
    }

    @Override
    public String historyTypename() {
        return "Source";
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
