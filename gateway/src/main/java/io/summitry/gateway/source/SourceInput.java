package io.summitry.gateway.source;

import java.time.LocalDate;

import io.summitry.api.meetings.SourceDto;
import io.summitry.gateway.common.Given;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What an editor writes to record or replace a source. */
@Input("SourceInput")
@Description("In an update, a field left out keeps its stored value; an explicit null (or empty list) clears it.")
public record SourceInput(@NonNull String title, String publisher, LocalDate publishedOn, String url,
        String retrievedFrom) {

    io.summitry.api.meetings.SourceInput toApi() {
        return new io.summitry.api.meetings.SourceInput(title, publisher, publishedOn, url, retrievedFrom);
    }

    /** Over the stored source: a field left out keeps its stored value. */
    io.summitry.api.meetings.SourceInput toApi(Given given, SourceDto stored) {
        return new io.summitry.api.meetings.SourceInput(title,
                given.or("publisher", publisher, stored.publisher()),
                given.or("publishedOn", publishedOn, stored.publishedOn()),
                given.or("url", url, stored.url()),
                given.or("retrievedFrom", retrievedFrom, stored.retrievedFrom()));
    }
}
