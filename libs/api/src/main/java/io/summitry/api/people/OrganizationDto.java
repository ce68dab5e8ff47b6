package io.summitry.api.people;

import java.util.UUID;

/** An organization: a ministry, an office inside it, an armed service, a think tank. */
public record OrganizationDto(UUID id, String name, String acronym, OrganizationKind kind, String summary,
        String countryCode, UUID parentId, String wikidataId, long version) {
}
