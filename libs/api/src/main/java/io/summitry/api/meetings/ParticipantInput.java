package io.summitry.api.meetings;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ParticipantInput(
        @NotNull UUID personId,
        @NotNull ParticipantRole role,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as KR") String delegationCountryCode,
        @Size(max = 500) String titleAsReported,
        @Size(max = 50) List<@NotNull UUID> sourceIds,
        FactBasis basis,
        @Size(max = 2000) String note) {
}
