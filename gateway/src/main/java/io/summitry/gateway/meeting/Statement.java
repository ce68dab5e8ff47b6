package io.summitry.gateway.meeting;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.meetings.StatementDto;
import io.summitry.api.meetings.StatementKind;
import io.summitry.gateway.node.GlobalId;

/** What someone said at a meeting; speaker, meeting and source resolved by {@link StatementResolver}. */
@Type("Statement")
@Description("What someone said at a meeting. QUOTE: verbatim; PARAPHRASE: the source's report of what was said.")
public record Statement(@Id @NonNull String id, @NonNull StatementKind kind, @NonNull String text,
        @Ignore UUID speakerId, @Ignore UUID meetingId, @Ignore UUID sourceId) {

    public static Statement of(StatementDto dto) {
        return new Statement(GlobalId.encode(GlobalId.STATEMENT, dto.id()), dto.kind(), dto.text(), dto.speakerId(),
                dto.meetingId(), dto.sourceId());
    }
}
