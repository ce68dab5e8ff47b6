package io.summitry.api.meetings;

public enum ParticipantRole {
    HEAD_OF_DELEGATION,
    DELEGATE,
    SPEAKER,
    MODERATOR,
    HOST,
    OBSERVER
}
