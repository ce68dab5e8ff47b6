package io.summitry.gateway.meeting;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.meetings.FactBasis;
import io.summitry.api.meetings.StatementDto;
import io.summitry.api.meetings.StatementKind;
import io.summitry.gateway.id.GlobalId;

/** What was said at a meeting; speakers, meeting and source resolved by {@link StatementResolver}. */
@Type("Statement")
@Description("What was said at a meeting. QUOTE: verbatim; PARAPHRASE: the source's report of what was said; "
        + "DOCUMENT: words of a signed or issued text (a joint declaration, a communiqué).")
public record Statement(@Id @NonNull String id, @NonNull StatementKind kind, @NonNull String text,
        @Description("How the source names a speaker it does not name: \"a senior US administration official\".")
        String attribution,
        @Description("REPORTED: the source says so; INFERRED: concluded from what it says (note says from what).")
        @NonNull FactBasis basis,
        @Description("Why the fact is recorded as it is; for an INFERRED fact, what it is inferred from.")
        String note,
        @Description("Optimistic lock: pass it as expectedVersion to updateStatement/removeStatement.") int version,
        @Ignore List<UUID> speakerIds, @Ignore UUID meetingId, @Ignore UUID sourceId) {

    public static Statement of(StatementDto dto) {
        return new Statement(GlobalId.encode(GlobalId.STATEMENT, dto.id()), dto.kind(), dto.text(),
                dto.attribution(), dto.basis() == null ? FactBasis.REPORTED : dto.basis(), dto.note(),
                (int) dto.version(), dto.speakerIds() == null ? List.of() : dto.speakerIds(), dto.meetingId(),
                dto.sourceId());
    }

    /** The first speaker, or null when the source names nobody. */
    UUID firstSpeakerId() {
        return speakerIds.isEmpty() ? null : speakerIds.get(0);
    }
}
