package io.summitry.api.meetings;

import java.util.List;
import java.util.UUID;

/** A person taking part in a meeting, in a role, for a delegation, under the title the source reports. */
public record ParticipantDto(UUID id, UUID meetingId, UUID personId, ParticipantRole role,
        String delegationCountryCode, String titleAsReported, List<UUID> sourceIds, FactBasis basis, String note,
        long version) {
}
