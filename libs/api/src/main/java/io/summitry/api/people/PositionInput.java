package io.summitry.api.people;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.summitry.api.FuzzyDateInput;

/** What an editor writes to record or replace a post held. */
public record PositionInput(
        @NotNull UUID personId,
        @NotNull UUID organizationId,
        @NotBlank @Size(max = 300) String title,
        @Valid FuzzyDateInput start,
        @Valid FuzzyDateInput end,
        @Size(max = 50) List<@NotNull UUID> sourceIds) {
}
