package io.summitry.gateway.meeting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.summitry.api.meetings.DateReportInput;
import io.summitry.api.meetings.LocationDto;
import io.summitry.api.meetings.MeetingInput;
import io.summitry.api.meetings.MeetingKind;
import io.summitry.api.meetings.MeetingStatus;
import io.summitry.api.meetings.MentionInput;
import io.summitry.api.meetings.ParticipantInput;
import io.summitry.api.meetings.ParticipantRole;
import io.summitry.api.meetings.StatementInput;
import io.summitry.api.meetings.StatementKind;
import io.summitry.gateway.common.FuzzyDateInput;
import io.summitry.gateway.node.GlobalId;

/** The inputs of the meeting mutations, as the schema takes them (references are global ids). */
public final class MeetingInputs {

    private MeetingInputs() {
    }

    /** Where a meeting takes place. */
    @Input("LocationInput")
    public record LocationInput(String venue, String city, String countryCode) {
    }

    /** What an editor writes to create or replace a meeting; participants, mentions and statements are added apart. */
    @Input("MeetingInput")
    @Description("hostOrganizationId must name an existing organization (checked in people-service); seriesSlug, "
            + "partOfId, preparesForId and sourceIds must exist in meetings-service.")
    public record Meeting(@NonNull String title, @NonNull MeetingKind kind, @NonNull MeetingStatus status,
            @NonNull FuzzyDateInput date, LocationInput location, String seriesSlug, Integer ordinal,
            @Id String hostOrganizationId, List<String> countryCodes, String summary, List<String> topics,
            List<String> outcomes, @Id String partOfId, @Id String preparesForId, @Id List<String> sourceIds) {

        MeetingInput toApi() {
            return new MeetingInput(title, kind, status, FuzzyDateInput.toApi(date),
                    location == null ? null
                            : new LocationDto(location.venue(), location.city(), location.countryCode()),
                    seriesSlug, ordinal,
                    GlobalId.decode("input.hostOrganizationId", GlobalId.ORGANIZATION, hostOrganizationId),
                    orEmpty(countryCodes), summary, orEmpty(topics), orEmpty(outcomes),
                    GlobalId.decode("input.partOfId", GlobalId.MEETING, partOfId),
                    GlobalId.decode("input.preparesForId", GlobalId.MEETING, preparesForId),
                    orEmpty(GlobalId.decodeAll("input.sourceIds", GlobalId.SOURCE, sourceIds)));
        }
    }

    /** A person taking part in a meeting. */
    @Input("ParticipantInput")
    public record Participant(@NonNull @Id String personId, @NonNull ParticipantRole role,
            String delegationCountryCode, String titleAsReported, @Id List<String> sourceIds) {

        ParticipantInput toApi() {
            return new ParticipantInput(GlobalId.decode("input.personId", GlobalId.PERSON, personId), role,
                    delegationCountryCode, titleAsReported,
                    orEmpty(GlobalId.decodeAll("input.sourceIds", GlobalId.SOURCE, sourceIds)));
        }
    }

    /** A person named at a meeting without taking part. */
    @Input("MentionInput")
    public record Mention(@NonNull @Id String personId, String context, @Id String mentionedById,
            @Id String sourceId) {

        MentionInput toApi() {
            return new MentionInput(GlobalId.decode("input.personId", GlobalId.PERSON, personId), context,
                    GlobalId.decode("input.mentionedById", GlobalId.PERSON, mentionedById),
                    GlobalId.decode("input.sourceId", GlobalId.SOURCE, sourceId));
        }
    }

    /** What someone said at a meeting. */
    @Input("StatementInput")
    public record Statement(@NonNull @Id String speakerId, @NonNull StatementKind kind, @NonNull String text,
            @Id String sourceId) {

        StatementInput toApi() {
            return new StatementInput(GlobalId.decode("input.speakerId", GlobalId.PERSON, speakerId), kind, text,
                    GlobalId.decode("input.sourceId", GlobalId.SOURCE, sourceId));
        }
    }

    /** What one source said about when a meeting is or was. */
    @Input("DateReportInput")
    public record DateReport(@NonNull FuzzyDateInput date, @NonNull @Id String sourceId, String quote) {

        DateReportInput toApi() {
            return new DateReportInput(FuzzyDateInput.toApi(date),
                    GlobalId.decode("input.sourceId", GlobalId.SOURCE, sourceId), quote);
        }
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
