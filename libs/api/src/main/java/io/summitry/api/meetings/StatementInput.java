package io.summitry.api.meetings;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an editor writes to add or replace a statement. {@code speakerIds} lists who made it in the source's order
 * ({@code speakerId} is the one-speaker shorthand; give one or the other); an empty list needs an
 * {@code attribution}. {@code basis} null means REPORTED.
 */
public record StatementInput(UUID speakerId, @Size(max = 20) List<@NotNull UUID> speakerIds,
        @Size(max = 500) String attribution, @NotNull StatementKind kind, @NotBlank @Size(max = 20000) String text,
        UUID sourceId, FactBasis basis, @Size(max = 2000) String note) {

    /** The speakers in order: {@code speakerIds} when given, else {@code speakerId} alone, else none. */
    public List<UUID> speakers() {
        if (speakerIds != null && !speakerIds.isEmpty()) {
            return speakerIds;
        }
        return speakerId == null ? List.of() : List.of(speakerId);
    }
}
