package io.summitry.gateway.meeting;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.meetings.FactBasis;
import io.summitry.api.meetings.MentionDto;
import io.summitry.gateway.id.GlobalId;

/** A person named at a meeting without taking part; people and source resolved by {@link MentionResolver}. */
@Type("Mention")
@Description("A person named at a meeting without taking part (a president credited in a speech).")
public record Mention(@Id @NonNull String id, String context,
        @Description("REPORTED: the source says so; INFERRED: concluded from what it says (note says from what).")
        @NonNull FactBasis basis,
        @Description("Why the fact is recorded as it is; for an INFERRED fact, what it is inferred from.") String note,
        @Description("Optimistic lock: pass it as expectedVersion to updateMention/removeMention.") int version,
        @Ignore UUID personId, @Ignore UUID mentionedById, @Ignore UUID sourceId) {

    static Mention of(MentionDto dto) {
        return new Mention(GlobalId.encode(GlobalId.MENTION, dto.id()), dto.context(),
                dto.basis() == null ? FactBasis.REPORTED : dto.basis(), dto.note(), (int) dto.version(), dto.personId(),
                dto.mentionedById(), dto.sourceId());
    }
}
