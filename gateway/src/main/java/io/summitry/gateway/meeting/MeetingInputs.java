package io.summitry.gateway.meeting;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.summitry.api.meetings.DateReportDto;
import io.summitry.api.meetings.DateReportInput;
import io.summitry.api.meetings.FactBasis;
import io.summitry.api.meetings.LocationDto;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.MeetingInput;
import io.summitry.api.meetings.MeetingKind;
import io.summitry.api.meetings.MeetingStatus;
import io.summitry.api.meetings.MentionDto;
import io.summitry.api.meetings.MentionInput;
import io.summitry.api.meetings.ParticipantDto;
import io.summitry.api.meetings.ParticipantInput;
import io.summitry.api.meetings.ParticipantRole;
import io.summitry.api.meetings.StatementDto;
import io.summitry.api.meetings.StatementInput;
import io.summitry.api.meetings.StatementKind;
import io.summitry.gateway.common.FuzzyDateInput;
import io.summitry.gateway.common.Given;
import io.summitry.gateway.error.GatewayException;
import io.summitry.gateway.id.GlobalId;

/**
 * The inputs of the meeting mutations, as the schema takes them (references are global ids). Each turns into the
 * service's input either whole (a create: {@code stored} null, every field given) or over the stored record (an
 * update: a field the caller left out keeps its stored value).
 */
public final class MeetingInputs {

    static final String KEEPS = " In an update, a field left out keeps its stored value; an explicit null (or empty "
            + "list) clears it.";

    private MeetingInputs() {
    }

    /** Where a meeting takes place. */
    @Input("LocationInput")
    @Description("venue and city as the source writes them; countryCode: ISO 3166-1 alpha-2, where the meeting was "
            + "held.")
    public record LocationInput(String venue, String city, String countryCode) {
    }

    /** What an editor writes to create or change a meeting; participants, mentions and statements are added apart. */
    @Input("MeetingInput")
    @Description("hostOrganizationId must name an existing organization (checked in people-service); seriesSlug, "
            + "partOfId, preparesForId and sourceIds must exist in meetings-service; country codes must be known "
            + "countries." + KEEPS)
    public record Meeting(@NonNull String title, @NonNull MeetingKind kind, @NonNull MeetingStatus status,
            @NonNull FuzzyDateInput date, LocationInput location, String seriesSlug, Integer ordinal,
            @Id String hostOrganizationId, List<String> countryCodes, String summary, List<String> topics,
            List<String> outcomes, @Id String partOfId, @Id String preparesForId, @Id List<String> sourceIds) {

        MeetingInput toApi() {
            return toApi(Given.all(), null);
        }

        MeetingInput toApi(Given given, MeetingDto stored) {
            boolean update = stored != null;
            return new MeetingInput(title, kind, status,
                    mergedDate(given.nested("date"), date, update ? stored.date() : null),
                    location(given, update ? stored.location() : null),
                    given.or("seriesSlug", seriesSlug, update ? stored.seriesSlug() : null),
                    given.or("ordinal", ordinal, update ? stored.ordinal() : null),
                    given.or("hostOrganizationId",
                            GlobalId.decode("input.hostOrganizationId", GlobalId.ORGANIZATION, hostOrganizationId),
                            update ? stored.hostOrganizationId() : null),
                    given.has("countryCodes") || !update ? orEmpty(countryCodes) : stored.countryCodes(),
                    given.or("summary", summary, update ? stored.summary() : null),
                    given.has("topics") || !update ? orEmpty(topics) : stored.topics(),
                    given.has("outcomes") || !update ? orEmpty(outcomes) : stored.outcomes(),
                    given.or("partOfId", GlobalId.decode("input.partOfId", GlobalId.MEETING, partOfId),
                            update ? stored.partOfId() : null),
                    given.or("preparesForId", GlobalId.decode("input.preparesForId", GlobalId.MEETING, preparesForId),
                            update ? stored.preparesForId() : null),
                    given.has("sourceIds") || !update
                            ? orEmpty(GlobalId.decodeAll("input.sourceIds", GlobalId.SOURCE, sourceIds))
                            : stored.sourceIds());
        }

        private LocationDto location(Given given, LocationDto stored) {
            if (!given.has("location")) {
                return stored;
            }
            if (location == null) {
                return null;
            }
            Given inner = given.nested("location");
            return new LocationDto(inner.or("venue", location.venue(), stored == null ? null : stored.venue()),
                    inner.or("city", location.city(), stored == null ? null : stored.city()),
                    inner.or("countryCode", location.countryCode(), stored == null ? null : stored.countryCode()));
        }
    }

    /** A person taking part in a meeting. */
    @Input("ParticipantInput")
    @Description("basis: REPORTED (the default) when the source says so, INFERRED when concluded from what it says; "
            + "note: for an INFERRED fact, from what." + KEEPS)
    public record Participant(@NonNull @Id String personId, @NonNull ParticipantRole role,
            String delegationCountryCode, String titleAsReported, @Id List<String> sourceIds, FactBasis basis,
            String note) {

        ParticipantInput toApi() {
            return toApi(Given.all(), null);
        }

        ParticipantInput toApi(Given given, ParticipantDto stored) {
            boolean update = stored != null;
            return new ParticipantInput(GlobalId.decode("input.personId", GlobalId.PERSON, personId), role,
                    given.or("delegationCountryCode", delegationCountryCode,
                            update ? stored.delegationCountryCode() : null),
                    given.or("titleAsReported", titleAsReported, update ? stored.titleAsReported() : null),
                    given.has("sourceIds") || !update
                            ? orEmpty(GlobalId.decodeAll("input.sourceIds", GlobalId.SOURCE, sourceIds))
                            : stored.sourceIds(),
                    mergedBasis(given, basis, update ? stored.basis() : null),
                    given.or("note", note, update ? stored.note() : null));
        }
    }

    /** A person named at a meeting without taking part. */
    @Input("MentionInput")
    @Description("basis: REPORTED (the default) when the source says so, INFERRED when concluded from what it says; "
            + "note: for an INFERRED fact, from what." + KEEPS)
    public record Mention(@NonNull @Id String personId, String context, @Id String mentionedById,
            @Id String sourceId, FactBasis basis, String note) {

        MentionInput toApi() {
            return toApi(Given.all(), null);
        }

        MentionInput toApi(Given given, MentionDto stored) {
            boolean update = stored != null;
            return new MentionInput(GlobalId.decode("input.personId", GlobalId.PERSON, personId),
                    given.or("context", context, update ? stored.context() : null),
                    given.or("mentionedById", GlobalId.decode("input.mentionedById", GlobalId.PERSON, mentionedById),
                            update ? stored.mentionedById() : null),
                    given.or("sourceId", GlobalId.decode("input.sourceId", GlobalId.SOURCE, sourceId),
                            update ? stored.sourceId() : null),
                    mergedBasis(given, basis, update ? stored.basis() : null),
                    given.or("note", note, update ? stored.note() : null));
        }
    }

    /** What was said at a meeting, by whom as far as the source says. */
    @Input("StatementInput")
    @Description("speakerIds: who made the statement, in the source's order (all signatories of a joint statement); "
            + "speakerId: the same for one speaker; give one or the other. No speaker at all needs an attribution, "
            + "how the source names the speaker (\"a senior US administration official\"). basis: REPORTED (the "
            + "default) or INFERRED, with a note saying from what." + KEEPS)
    public record Statement(@Id String speakerId, @Id List<String> speakerIds, String attribution,
            @NonNull StatementKind kind, @NonNull String text, @Id String sourceId, FactBasis basis, String note) {

        StatementInput toApi() {
            return toApi(Given.all(), null);
        }

        StatementInput toApi(Given given, StatementDto stored) {
            boolean update = stored != null;
            if (speakerId != null && speakerIds != null) {
                throw GatewayException.badInput("Argument 'input': give speakerId or speakerIds, not both");
            }
            List<UUID> speakers;
            if (update && !given.has("speakerId") && !given.has("speakerIds")) {
                speakers = stored.speakerIds();
            } else if (speakerId != null) {
                speakers = List.of(GlobalId.decode("input.speakerId", GlobalId.PERSON, speakerId));
            } else {
                speakers = orEmpty(GlobalId.decodeAll("input.speakerIds", GlobalId.PERSON, speakerIds));
            }
            return new StatementInput(null, speakers,
                    given.or("attribution", attribution, update ? stored.attribution() : null), kind, text,
                    given.or("sourceId", GlobalId.decode("input.sourceId", GlobalId.SOURCE, sourceId),
                            update ? stored.sourceId() : null),
                    mergedBasis(given, basis, update ? stored.basis() : null),
                    given.or("note", note, update ? stored.note() : null));
        }
    }

    /** What one source said about when a meeting is or was. */
    @Input("DateReportInput")
    @Description("date: what the source said, in EDTF (\"Tuesday and Wednesday\" of a known week: "
            + "2024-09-10/2024-09-11); quote: its own words." + KEEPS)
    public record DateReport(@NonNull FuzzyDateInput date, @NonNull @Id String sourceId, String quote) {

        DateReportInput toApi() {
            return toApi(Given.all(), null);
        }

        DateReportInput toApi(Given given, DateReportDto stored) {
            boolean update = stored != null;
            return new DateReportInput(mergedDate(given.nested("date"), date, update ? stored.date() : null),
                    GlobalId.decode("input.sourceId", GlobalId.SOURCE, sourceId),
                    given.or("quote", quote, update ? stored.quote() : null));
        }
    }

    /** The date written, its note kept from the stored date when the caller left the note out. */
    static io.summitry.api.FuzzyDateInput mergedDate(Given given, FuzzyDateInput written,
            io.summitry.api.FuzzyDateDto stored) {
        if (written == null) {
            return null;
        }
        return new io.summitry.api.FuzzyDateInput(written.edtf(),
                given.or("note", written.note(), stored == null ? null : stored.note()));
    }

    /** The basis written (null: REPORTED), or the stored one when the caller left it out. */
    private static FactBasis mergedBasis(Given given, FactBasis written, FactBasis stored) {
        FactBasis basis = stored == null ? written : given.or("basis", written, stored);
        return basis == null ? FactBasis.REPORTED : basis;
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
