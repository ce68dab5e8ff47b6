package io.summitry.api.meetings;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record MentionInput(@NotNull UUID personId, @Size(max = 5000) String context, UUID mentionedById,
        UUID sourceId, FactBasis basis, @Size(max = 2000) String note) {
}
