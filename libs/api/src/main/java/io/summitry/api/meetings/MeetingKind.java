package io.summitry.api.meetings;

public enum MeetingKind {
    SUMMIT,
    MINISTERIAL,
    TALKS,
    WORKING_LEVEL,
    SEMINAR,
    EXERCISE,
    OTHER
}
