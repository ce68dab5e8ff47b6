package io.summitry.api.people;

import java.util.List;
import java.util.UUID;

import io.summitry.api.FuzzyDateDto;

/**
 * A post a person held in an organization, with the title as the source writes it. {@code end} null means still held
 * or unknown. {@code sourceIds} are ids of sources kept by meetings-service.
 */
public record PositionDto(UUID id, UUID personId, UUID organizationId, String title, FuzzyDateDto start,
        FuzzyDateDto end, List<UUID> sourceIds, long version) {
}
