package io.summitry.gateway.meeting;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.MeetingKind;
import io.summitry.api.meetings.MeetingStatus;
import io.summitry.gateway.common.FuzzyDate;
import io.summitry.gateway.id.GlobalId;
import io.summitry.gateway.id.Node;

/** A meeting as the schema shows it; the fields that join other data are resolved by {@link MeetingResolver}. */
@Type("Meeting")
@Description("A meeting between governments: talks, a summit, a seminar, an exercise.")
public record Meeting(
        @Id @NonNull String id,
        @NonNull String title,
        @NonNull MeetingKind kind,
        @NonNull MeetingStatus status,
        @NonNull FuzzyDate date,
        Location location,
        @Description("The round in its series (16 for the 16th talks).") Integer ordinal,
        String summary,
        @NonNull List<@NonNull String> topics,
        @NonNull List<@NonNull String> outcomes,
        @Description("Optimistic lock: pass it as expectedVersion to updateMeeting/deleteMeeting.") int version,
        @Ignore MeetingDto dto) implements Node {

    public static Meeting of(MeetingDto dto) {
        if (dto == null) {
            return null;
        }
        return new Meeting(GlobalId.encode(GlobalId.MEETING, dto.id()), dto.title(), dto.kind(), dto.status(),
                FuzzyDate.of(dto.date()), Location.of(dto.location()), dto.ordinal(), dto.summary(),
                dto.topics() == null ? List.of() : dto.topics(),
                dto.outcomes() == null ? List.of() : dto.outcomes(), (int) dto.version(), dto);
    }

    @Ignore
    public UUID uuid() {
        return dto.id();
    }
}
