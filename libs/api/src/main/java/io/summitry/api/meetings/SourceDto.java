package io.summitry.api.meetings;

import java.time.LocalDate;
import java.util.UUID;

/** Where a fact comes from: an article, a press release, a transcript. {@code url} may be unknown. */
public record SourceDto(UUID id, String title, String publisher, LocalDate publishedOn, String url,
        String retrievedFrom, long version) {
}
