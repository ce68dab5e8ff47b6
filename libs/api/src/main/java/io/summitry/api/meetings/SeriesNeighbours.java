package io.summitry.api.meetings;

/** The rounds before and after one meeting in its series (by ordinal); null at either end or outside a series. */
public record SeriesNeighbours(String key, MeetingDto previous, MeetingDto next) {
}
