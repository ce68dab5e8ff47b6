package io.summitry.api.meetings;

public enum MeetingStatus {
    PLANNED,
    HELD,
    POSTPONED,
    CANCELLED
}
