package io.summitry.api.people;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an editor writes to create or replace an organization. */
public record OrganizationInput(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 40) String acronym,
        @NotNull OrganizationKind kind,
        @Size(max = 5000) String summary,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as KR") String countryCode,
        UUID parentId,
        @Pattern(regexp = "Q[1-9][0-9]*", message = "must be a Wikidata item id such as Q42") String wikidataId,
        @Size(max = 50) List<@NotNull UUID> sourceIds,
        @Size(max = 2000) String note) {
}
