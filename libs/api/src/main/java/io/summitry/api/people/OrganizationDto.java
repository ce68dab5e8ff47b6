package io.summitry.api.people;

import java.util.List;
import java.util.UUID;

/**
 * An organization: a ministry, an office inside it, an armed service, a think tank. {@code sourceIds} (sources kept in
 * meetings-service) and {@code note} say where an organization that no source names comes from.
 */
public record OrganizationDto(UUID id, String name, String acronym, OrganizationKind kind, String summary,
        String countryCode, UUID parentId, String wikidataId, List<UUID> sourceIds, String note, long version) {
}
