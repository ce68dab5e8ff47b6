package io.summitry.gateway.reference;

import java.util.List;
import java.util.Locale;

import io.smallrye.mutiny.Uni;
import io.summitry.api.meetings.ReferenceDto;
import io.summitry.gateway.error.GatewayException;
import io.summitry.gateway.id.GlobalId;

/**
 * The records of meetings-service that refer to a person or an organization of people-service, named so that an
 * editor refused a deletion can find and change each of them.
 */
public final class ReferringRecords {

    private ReferringRecords() {
    }

    /** Nothing when no record refers to it, else CONFLICT naming every referring record. */
    public static Uni<Void> refuseDeletionIfAny(String what, List<ReferenceDto> references) {
        if (references.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().failure(GatewayException.conflict("The " + what + " is referred to by "
                + references.size() + " record(s); change or remove them first: "
                + String.join(", ", references.stream().map(ReferringRecords::named).toList())));
    }

    /**
     * "participant P of meeting M", "mention X (person) of meeting M", "mention X (mentionedBy) of meeting M",
     * "statement S (speaker) of meeting M", "meeting M (host)".
     */
    static String named(ReferenceDto reference) {
        String role = switch (reference.field()) {
            case "speakerIds" -> " (speaker)";
            case "mentionedById" -> " (mentionedBy)";
            case "hostOrganizationId" -> " (host)";
            case "personId" -> "Mention".equals(reference.typename()) ? " (person)" : "";
            default -> " (" + reference.field() + ")";
        };
        String record = reference.typename().toLowerCase(Locale.ROOT) + " "
                + GlobalId.encode(reference.typename(), reference.id()) + role;
        return reference.id().equals(reference.meetingId()) ? record
                : record + " of meeting " + GlobalId.encode(GlobalId.MEETING, reference.meetingId());
    }
}
