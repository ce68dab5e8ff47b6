package io.summitry.api.meetings;

public enum MeetingOrder {
    DATE_DESC,
    DATE_ASC
}
