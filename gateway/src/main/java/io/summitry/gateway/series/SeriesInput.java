package io.summitry.gateway.series;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What an editor writes to create or replace a series. */
@Input("SeriesInput")
@Description("slug: lower-case words joined by hyphens, such as defense-trilateral-talks.")
public record SeriesInput(@NonNull String slug, @NonNull String name, String acronym, String description) {

    io.summitry.api.meetings.SeriesInput toApi() {
        return new io.summitry.api.meetings.SeriesInput(slug, name, acronym, description);
    }
}
