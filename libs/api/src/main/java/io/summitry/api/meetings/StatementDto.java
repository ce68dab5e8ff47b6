package io.summitry.api.meetings;

import java.util.UUID;

/** What someone said at a meeting: verbatim (QUOTE) or as the source reports it (PARAPHRASE). */
public record StatementDto(UUID id, UUID meetingId, UUID speakerId, StatementKind kind, String text, UUID sourceId) {
}
