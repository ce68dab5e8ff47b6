package io.summitry.api.meetings;

import java.util.List;
import java.util.UUID;

/**
 * What was said at a meeting: verbatim (QUOTE), as the source reports it (PARAPHRASE) or the words of a signed or
 * issued text (DOCUMENT). {@code speakerIds} in the source's order, empty when the source names nobody
 * ({@code attribution} then says how it names the speaker).
 */
public record StatementDto(UUID id, UUID meetingId, List<UUID> speakerIds, String attribution, StatementKind kind,
        String text, UUID sourceId, FactBasis basis, String note, long version) {
}
