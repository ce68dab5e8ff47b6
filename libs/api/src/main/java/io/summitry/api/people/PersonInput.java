package io.summitry.api.people;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an editor writes to create or replace a person. */
public record PersonInput(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 150) String givenName,
        @Size(max = 150) String familyName,
        @Size(max = 50) List<@Valid OtherNameDto> otherNames,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as KR") String nationality,
        @Pattern(regexp = "Q[1-9][0-9]*", message = "must be a Wikidata item id such as Q42") String wikidataId,
        @Size(max = 5000) String summary) {
}
