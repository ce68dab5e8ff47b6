package io.summitry.gateway.source;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.meetings.SourceDto;
import io.summitry.gateway.id.GlobalId;

/** Where a fact comes from: an article, a press release, a transcript. */
@Type("Source")
@Description("Where a fact comes from: an article, a press release, a transcript. url may be unknown.")
public record Source(@Id @NonNull String id, @NonNull String title, String publisher, LocalDate publishedOn,
        String url, String retrievedFrom, int version, @Ignore UUID uuid) {

    public static Source of(SourceDto dto) {
        if (dto == null) {
            return null;
        }
        return new Source(GlobalId.encode(GlobalId.SOURCE, dto.id()), dto.title(), dto.publisher(),
                dto.publishedOn(), dto.url(), dto.retrievedFrom(), (int) dto.version(), dto.id());
    }
}
