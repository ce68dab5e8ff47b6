package io.summitry.api.people;

import java.util.List;
import java.util.UUID;

/** A person, with the names sources give them. {@code nationality} is an ISO 3166-1 alpha-2 code. */
public record PersonDto(UUID id, String name, String givenName, String familyName, List<OtherNameDto> otherNames,
        String nationality, String wikidataId, String summary, long version) {
}
