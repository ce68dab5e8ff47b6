package io.summitry.api.meetings;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.summitry.api.FuzzyDateInput;

public record DateReportInput(@NotNull @Valid FuzzyDateInput date, @NotNull UUID sourceId,
        @Size(max = 2000) String quote) {
}
