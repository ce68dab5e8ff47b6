package io.summitry.api.meetings;

import java.util.List;
import java.util.UUID;

import io.summitry.api.FuzzyDateDto;

/**
 * A meeting. People and organizations are referred to by id only ({@code hostOrganizationId}); the gateway joins them.
 * {@code sourceIds} are the sources that support the meeting's own facts.
 */
public record MeetingDto(UUID id, String title, MeetingKind kind, MeetingStatus status, FuzzyDateDto date,
        LocationDto location, String seriesSlug, Integer ordinal, UUID hostOrganizationId, List<String> countryCodes,
        String summary, List<String> topics, List<String> outcomes, UUID partOfId, UUID preparesForId,
        List<UUID> sourceIds, long version) {
}
