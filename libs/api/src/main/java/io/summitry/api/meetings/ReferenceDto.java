package io.summitry.api.meetings;

import java.util.UUID;

/**
 * A record of meetings-service that refers to a person or an organization kept by people-service: which record
 * ({@code typename}, {@code id}), in which meeting, and through which field ({@code personId}, {@code mentionedById},
 * {@code speakerIds}, {@code hostOrganizationId}). What the gateway names when it refuses a deletion, and moves on a merge.
 */
public record ReferenceDto(String typename, UUID id, UUID meetingId, String field) {
}
