package io.summitry.api.history;

/** What a change did to its record. RESTORED is a write that put back the values of an earlier revision. */
public enum ChangeKind {
    CREATED,
    UPDATED,
    DELETED,
    RESTORED
}
