package io.summitry.gateway.client;

import java.time.Instant;
import java.util.List;

import io.summitry.gateway.history.ChangeKind;

/**
 * One committed change to one record as the services send it (the history contract's {@code ChangeDto}): values as
 * JSON text, {@code rootTypename}/{@code rootId} the record whose history holds it (a participant's meeting).
 */
public record ChangeDto(long revision, Instant at, Editor editor, ChangeKind kind, String typename, String id,
        String rootTypename, String rootId, List<Field> fields, String note) {

    /** The token subject that made the change and its display name, when the token carried one. */
    public record Editor(String id, String name) {
    }

    /** One field that changed; a null value is an absent one. */
    public record Field(String field, String before, String after) {
    }
}
