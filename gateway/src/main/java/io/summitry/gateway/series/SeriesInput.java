package io.summitry.gateway.series;

import io.summitry.api.meetings.SeriesDto;
import io.summitry.gateway.common.Given;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What an editor writes to create or replace a series. */
@Input("SeriesInput")
@Description("slug: lower-case words joined by hyphens, such as defense-trilateral-talks. In an update, a field left out keeps its stored value; an explicit null (or empty list) clears it.")
public record SeriesInput(@NonNull String slug, @NonNull String name, String acronym, String description) {

    io.summitry.api.meetings.SeriesInput toApi() {
        return new io.summitry.api.meetings.SeriesInput(slug, name, acronym, description);
    }

    /** Over the stored series: a field left out keeps its stored value. */
    io.summitry.api.meetings.SeriesInput toApi(Given given, SeriesDto stored) {
        return new io.summitry.api.meetings.SeriesInput(slug, name,
                given.or("acronym", acronym, stored.acronym()),
                given.or("description", description, stored.description()));
    }
}
