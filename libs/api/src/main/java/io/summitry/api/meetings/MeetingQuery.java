package io.summitry.api.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

/**
 * The filter of a meeting list; every part is optional and the parts combine with AND, the values inside a list with
 * OR. {@code from}/{@code to} match meetings whose search bounds [searchFrom, searchTo] overlap [from, to];
 * {@code countryCodes} are the countries taking part, {@code locationCountryCodes} where the meeting was held.
 */
public record MeetingQuery(
        @Size(max = 200) String text,
        List<MeetingKind> kinds,
        List<MeetingStatus> statuses,
        String seriesSlug,
        List<String> countryCodes,
        List<UUID> participantIds,
        List<String> topics,
        LocalDate from,
        LocalDate to,
        List<String> locationCountryCodes) {
}
