package io.summitry.gateway.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.history.ChangeDto;
import io.summitry.api.history.ChangeKind;
import io.summitry.gateway.node.GlobalId;

/**
 * One committed change to one record; {@code node} (the record as it is now) is resolved by {@link ChangeResolver}.
 * {@code nodeId} is the global id of {@code typename} and the record's uuid, for every type alike, so a Participant's
 * change carries the Participant's id and a Series' change {@code base64url("Series:<uuid>")} (Series is looked up by
 * slug and is not a Node; its id exists only here).
 */
@Type("Change")
@Description("One committed change to one record: who, when, why, and each field before and after.")
public record Change(
        @Id @NonNull @Description("The service's revision, ordered within that service; one revision may hold "
                + "several changes.") String revision,
        @NonNull @Description("Commit time, UTC.") Instant at,
        @NonNull Editor editor,
        @NonNull ChangeKind kind,
        @Id @NonNull @Description("The record's global id; kept after deletion.") String nodeId,
        @NonNull @Description("Meeting, Participant, Statement, Mention, DateReport, Series, Source, Person, "
                + "Position, Organization, ...") String typename,
        @NonNull @Description("What changed, in the record's own field names.") List<@NonNull FieldChange> fields,
        @Description("The editor's reason, when given.") String note,
        @Ignore ChangeDto dto) {

    public static Change of(ChangeDto dto) {
        if (dto == null) {
            return null;
        }
        return new Change(Long.toString(dto.revision()), dto.at(),
                dto.editor() == null ? new Editor("unknown", null) : new Editor(dto.editor().id(), dto.editor().name()),
                dto.kind(), nodeId(dto.typename(), dto.id()), dto.typename(),
                dto.fields() == null ? List.of()
                        : dto.fields().stream().map(f -> new FieldChange(f.field(), f.before(), f.after())).toList(),
                dto.note(), dto);
    }

    /** The global id of a record of any type: {@code base64url("<typename>:<uuid>")}, as {@link GlobalId} does. */
    public static String nodeId(String typename, String id) {
        try {
            return GlobalId.encode(typename, UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException notAUuid) {
            // every record the services keep has a uuid; anything else still gets a stable opaque id
            return java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((typename + ":" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Ignore
    public UUID uuid() {
        try {
            return UUID.fromString(dto.id());
        } catch (IllegalArgumentException | NullPointerException notAUuid) {
            return null;
        }
    }
}
