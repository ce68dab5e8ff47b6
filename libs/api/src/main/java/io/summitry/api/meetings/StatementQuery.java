package io.summitry.api.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

/**
 * The filter of a statement search; every part is optional, the parts combine with AND, the values inside a list
 * with OR. {@code text} matches the words said, accents and case ignored; {@code from}/{@code to} match the meeting's
 * search bounds.
 */
public record StatementQuery(
        @Size(max = 200) String text,
        List<UUID> speakerIds,
        List<StatementKind> kinds,
        List<UUID> meetingIds,
        LocalDate from,
        LocalDate to) {
}
