package io.summitry.api.history;

import java.time.Instant;
import java.util.List;

/**
 * One record's change within one revision of a service's log. Every change of one revision carries the same
 * revision, time, editor and note; revision ids grow strictly in commit order, so a reader that has seen revision N
 * never later sees a committed revision below N.
 *
 * @param revision     the service's revision id
 * @param at           commit time, UTC
 * @param typename     the record's GraphQL type name (Meeting, Participant, Person, Position, ...)
 * @param id           the record's own id (UUID text)
 * @param rootTypename the record whose history includes this change: the meeting of a participant, mention,
 *                     statement, date report or session; the person of a position or other name; else the record itself
 * @param rootId       that record's id
 * @param fields       only what changed; CREATED lists every non-null field with before null, DELETED every field
 *                     with after null
 * @param note         the editor's note ({@code Summitry-Note} header) or null
 */
public record ChangeDto(
        long revision,
        Instant at,
        EditorDto editor,
        ChangeKind kind,
        String typename,
        String id,
        String rootTypename,
        String rootId,
        List<FieldChangeDto> fields,
        String note) {
}
