package io.summitry.api.meetings;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.summitry.api.FuzzyDateInput;

/** What an editor writes to create or replace a meeting (its participants, mentions and statements are added apart). */
public record MeetingInput(
        @NotBlank @Size(max = 500) String title,
        @NotNull MeetingKind kind,
        @NotNull MeetingStatus status,
        @NotNull @Valid FuzzyDateInput date,
        @Valid LocationDto location,
        @Size(max = 100) String seriesSlug,
        @Positive Integer ordinal,
        UUID hostOrganizationId,
        @Size(max = 50) List<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as KR") String> countryCodes,
        @Size(max = 20000) String summary,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> topics,
        @Size(max = 100) List<@NotBlank @Size(max = 2000) String> outcomes,
        UUID partOfId,
        UUID preparesForId,
        @Size(max = 50) List<@NotNull UUID> sourceIds) {
}
