package io.summitry.gateway.meeting;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.meetings.FactBasis;
import io.summitry.api.meetings.ParticipantDto;
import io.summitry.api.meetings.ParticipantRole;
import io.summitry.gateway.common.FuzzyDate;
import io.summitry.gateway.id.GlobalId;

/**
 * A person taking part in a meeting. It carries the meeting's date so that {@link ParticipantResolver} can find the
 * post held then.
 */
@Type("Participant")
@Description("A person taking part in a meeting, in a role, for a delegation.")
public record Participant(
        @Id @NonNull String id,
        @NonNull ParticipantRole role,
        @Description("The title as the source reports it.") String titleAsReported,
        @Description("REPORTED: the source says so; INFERRED: concluded from what it says (note says from what), "
                + "such as attendance inferred from a quotation.") @NonNull FactBasis basis,
        @Description("Why the fact is recorded as it is; for an INFERRED fact, what it is inferred from.") String note,
        @Description("Optimistic lock: pass it as expectedVersion to updateParticipant.") int version,
        @Ignore UUID personId,
        @Ignore String delegationCountryCode,
        @Ignore List<UUID> sourceIds,
        @Ignore FuzzyDate meetingDate) {

    static Participant of(ParticipantDto dto, FuzzyDate meetingDate) {
        return new Participant(GlobalId.encode(GlobalId.PARTICIPANT, dto.id()), dto.role(), dto.titleAsReported(),
                dto.basis() == null ? FactBasis.REPORTED : dto.basis(), dto.note(), (int) dto.version(),
                dto.personId(), dto.delegationCountryCode(), dto.sourceIds(), meetingDate);
    }
}
