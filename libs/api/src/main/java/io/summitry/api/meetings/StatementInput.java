package io.summitry.api.meetings;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record StatementInput(@NotNull UUID speakerId, @NotNull StatementKind kind,
        @NotBlank @Size(max = 20000) String text, UUID sourceId) {
}
