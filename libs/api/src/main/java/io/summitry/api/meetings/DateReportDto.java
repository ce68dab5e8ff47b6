package io.summitry.api.meetings;

import java.util.UUID;

import io.summitry.api.FuzzyDateDto;

/** What one source said about when a meeting is or was, kept beside the reconciled date. */
public record DateReportDto(UUID id, UUID meetingId, FuzzyDateDto date, UUID sourceId, String quote, long version) {
}
