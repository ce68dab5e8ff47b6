package io.summitry.gateway.source;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What an editor writes to record or replace a source. */
@Input("SourceInput")
public record SourceInput(@NonNull String title, String publisher, LocalDate publishedOn, String url,
        String retrievedFrom) {

    io.summitry.api.meetings.SourceInput toApi() {
        return new io.summitry.api.meetings.SourceInput(title, publisher, publishedOn, url, retrievedFrom);
    }
}
