package io.summitry.service.history;

import java.util.UUID;

/**
 * An audited entity whose changes the change index lists: its GraphQL type name, the record whose history it belongs
 * to, and the state that is compared between revisions (its DTO; {@code id} and {@code version} are left out).
 */
public interface Historied {

    String historyTypename();

    UUID historyId();

    /** The type of the record whose history includes this one's changes; the record itself unless it is a child. */
    default String historyRootTypename() {
        return historyTypename();
    }

    default UUID historyRootId() {
        return historyId();
    }

    /** The record as its API shows it, serialized to JSON to find what changed. */
    Object historyState();
}
