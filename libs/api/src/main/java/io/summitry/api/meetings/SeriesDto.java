package io.summitry.api.meetings;

/** A recurring meeting format, such as the Defense Trilateral Talks ({@code defense-trilateral-talks}, DTT). */
public record SeriesDto(String slug, String name, String acronym, String description, long version) {
}
