package io.summitry.api.meetings;

import java.util.UUID;

/** A person named at a meeting without taking part (a president credited in a speech), and who named them. */
public record MentionDto(UUID id, UUID meetingId, UUID personId, String context, UUID mentionedById,
        UUID sourceId, FactBasis basis, String note, long version) {
}
