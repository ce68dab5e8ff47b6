package io.summitry.api.meetings;

public enum StatementKind {
    QUOTE,
    PARAPHRASE
}
