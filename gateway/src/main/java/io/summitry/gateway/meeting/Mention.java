package io.summitry.gateway.meeting;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.meetings.MentionDto;
import io.summitry.gateway.node.GlobalId;

/** A person named at a meeting without taking part; people and source resolved by {@link MentionResolver}. */
@Type("Mention")
@Description("A person named at a meeting without taking part (a president credited in a speech).")
public record Mention(@Id @NonNull String id, String context, @Ignore UUID personId, @Ignore UUID mentionedById,
        @Ignore UUID sourceId) {

    static Mention of(MentionDto dto) {
        return new Mention(GlobalId.encode(GlobalId.MENTION, dto.id()), dto.context(), dto.personId(),
                dto.mentionedById(), dto.sourceId());
    }
}
