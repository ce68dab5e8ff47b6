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

    /**
     * The history id of a record keyed otherwise than by a UUID (a series by its slug): a name-based UUID, stable
     * across revisions and services.
     */
    static UUID keyOf(Class<?> type, Object key) {
        return key instanceof UUID id ? id
                : UUID.nameUUIDFromBytes((type.getSimpleName() + ":" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
