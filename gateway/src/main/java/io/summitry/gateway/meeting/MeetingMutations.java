package io.summitry.gateway.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;
import io.summitry.api.meetings.DateReportInput;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.MeetingInput;
import io.summitry.api.meetings.MentionInput;
import io.summitry.api.meetings.ParticipantInput;
import io.summitry.api.meetings.StatementInput;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.client.References;
import io.summitry.gateway.common.FuzzyDate;
import io.summitry.gateway.common.Given;
import io.summitry.gateway.country.CountryDirectory;
import io.summitry.gateway.error.GatewayException;
import io.summitry.gateway.history.Revision;
import io.summitry.gateway.node.GlobalId;

/**
 * The meeting mutations. References to people, organizations and countries are checked before anything is written,
 * and the meeting addressed must exist; the checks of one mutation run in parallel. An update reads the stored
 * record first so that a field the caller left out keeps its value; the service's version check still guards the
 * write, so an edit made in between is a CONFLICT, never overwritten.
 */
@GraphQLApi
@RolesAllowed("editor")
public class MeetingMutations {

    private final MeetingsClient meetings;
    private final References references;
    private final CountryDirectory countries;
    private final Context context;

    MeetingMutations(MeetingsClient meetings, References references, CountryDirectory countries, Context context) {
        this.meetings = meetings;
        this.references = references;
        this.countries = countries;
        this.context = context;
    }

    @Mutation("createMeeting")
    @NonNull
    @Description("Creates a meeting; its references and country codes must exist (BAD_USER_INPUT otherwise).")
    public Uni<Meeting> createMeeting(@NonNull @Name("input") MeetingInputs.Meeting input, @Name("note") String note) {
        MeetingInput api = input.toApi();
        return checked(api).chain(() -> meetings.createMeeting(api)).map(Meeting::of);
    }

    @Mutation("updateMeeting")
    @NonNull
    @Description("Changes the meeting's own fields: a field left out of the input keeps its stored value, an "
            + "explicit null (or empty list) clears it. A stale expectedVersion is a CONFLICT and nothing changes.")
    public Uni<Meeting> updateMeeting(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @NonNull @Name("input") MeetingInputs.Meeting input, @Name("note") String note) {
        UUID uuid = GlobalId.decode("id", GlobalId.MEETING, id);
        Given given = Given.in(context, "input");
        return stored(meetings.meeting(uuid), "meeting", id).chain(meeting -> {
            MeetingInput api = input.toApi(given, meeting);
            return checked(api).chain(() -> meetings.updateMeeting(uuid, expectedVersion, api));
        }).map(Meeting::of);
    }

    @Mutation("deleteMeeting")
    @NonNull
    @Id
    @Description("Deletes a meeting with its participants, mentions and statements; refused (CONFLICT) while other "
            + "meetings are part of it or prepare for it.")
    public Uni<String> deleteMeeting(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @Name("note") String note) {
        return meetings.deleteMeeting(GlobalId.decode("id", GlobalId.MEETING, id), expectedVersion).replaceWith(id);
    }

    @Mutation("restoreMeeting")
    @NonNull
    @Description("Writes the meeting's own fields back as they were at that revision (a Change.revision of this "
            + "meeting), as a new RESTORED change. A stale expectedVersion is a CONFLICT; a revision of another "
            + "record is BAD_USER_INPUT.")
    public Uni<Meeting> restoreMeeting(@NonNull @Id @Name("id") String id, @NonNull @Id @Name("revision") String revision,
            @Name("expectedVersion") int expectedVersion, @Name("note") String note) {
        UUID uuid = GlobalId.decode("id", GlobalId.MEETING, id);
        long number = Revision.parse(revision);
        return Revision.named(meetings.restoreMeeting(uuid, number, expectedVersion), revision).map(Meeting::of);
    }

    @Mutation("addParticipant")
    @NonNull
    public Uni<Participant> addParticipant(@NonNull @Id @Name("meetingId") String meetingId,
            @NonNull @Name("input") MeetingInputs.Participant input, @Name("note") String note) {
        UUID meeting = GlobalId.decode("meetingId", GlobalId.MEETING, meetingId);
        ParticipantInput api = input.toApi();
        Uni<MeetingDto> parent = existing(meeting);
        return Uni.combine().all().unis(parent, checked(api)).asTuple().chain(checked -> meetings
                .addParticipant(meeting, api)
                .map(dto -> Participant.of(dto, FuzzyDate.of(checked.getItem1().date()))));
    }

    @Mutation("updateParticipant")
    @NonNull
    @Description("Changes a participant (id: the Participant's id): a field left out keeps its stored value, an "
            + "explicit null (or empty list) clears it. A stale expectedVersion is a CONFLICT and nothing changes.")
    public Uni<Participant> updateParticipant(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @NonNull @Name("input") MeetingInputs.Participant input, @Name("note") String note) {
        UUID uuid = GlobalId.decode("id", GlobalId.PARTICIPANT, id);
        Given given = Given.in(context, "input");
        return stored(meetings.participant(uuid), "participant", id).chain(participant -> {
            ParticipantInput api = input.toApi(given, participant);
            return Uni.combine().all().unis(meetings.meeting(participant.meetingId()), checked(api)).asTuple()
                    .chain(checked -> meetings.updateParticipant(uuid, expectedVersion, api)
                            .map(dto -> Participant.of(dto, checked.getItem1() == null ? null
                                    : FuzzyDate.of(checked.getItem1().date()))));
        });
    }

    @Mutation("removeParticipant")
    @NonNull
    @Id
    @Description("Removes a participant (id: the Participant's id) from the meeting.")
    public Uni<String> removeParticipant(@NonNull @Id @Name("meetingId") String meetingId,
            @NonNull @Id @Name("id") String id, @Name("note") String note) {
        return meetings.removeParticipant(GlobalId.decode("meetingId", GlobalId.MEETING, meetingId),
                GlobalId.decode("id", GlobalId.PARTICIPANT, id)).replaceWith(id);
    }

    @Mutation("addMention")
    @NonNull
    public Uni<Mention> addMention(@NonNull @Id @Name("meetingId") String meetingId,
            @NonNull @Name("input") MeetingInputs.Mention input, @Name("note") String note) {
        UUID meeting = GlobalId.decode("meetingId", GlobalId.MEETING, meetingId);
        MentionInput api = input.toApi();
        Uni<MeetingDto> parent = existing(meeting);
        return Uni.combine().all().unis(parent, checked(api)).asTuple()
                .chain(() -> meetings.addMention(meeting, api)).map(Mention::of);
    }

    @Mutation("updateMention")
    @NonNull
    @Description("Changes a mention: a field left out keeps its stored value, an explicit null clears it. A stale "
            + "expectedVersion is a CONFLICT and nothing changes.")
    public Uni<Mention> updateMention(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @NonNull @Name("input") MeetingInputs.Mention input, @Name("note") String note) {
        UUID uuid = GlobalId.decode("id", GlobalId.MENTION, id);
        Given given = Given.in(context, "input");
        return stored(meetings.mention(uuid), "mention", id).chain(mention -> {
            MentionInput api = input.toApi(given, mention);
            return checked(api).chain(() -> meetings.updateMention(uuid, expectedVersion, api));
        }).map(Mention::of);
    }

    @Mutation("removeMention")
    @NonNull
    @Id
    @Description("Removes a mention; a stale expectedVersion is a CONFLICT and nothing changes.")
    public Uni<String> removeMention(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @Name("note") String note) {
        return meetings.removeMention(GlobalId.decode("id", GlobalId.MENTION, id), expectedVersion).replaceWith(id);
    }

    @Mutation("addStatement")
    @NonNull
    @Description("Records what was said: by speakerIds (or speakerId), or with only an attribution when the source "
            + "names nobody.")
    public Uni<Statement> addStatement(@NonNull @Id @Name("meetingId") String meetingId,
            @NonNull @Name("input") MeetingInputs.Statement input, @Name("note") String note) {
        UUID meeting = GlobalId.decode("meetingId", GlobalId.MEETING, meetingId);
        StatementInput api = input.toApi();
        Uni<MeetingDto> parent = existing(meeting);
        return Uni.combine().all().unis(parent, checked(api)).asTuple()
                .chain(() -> meetings.addStatement(meeting, api)).map(Statement::of);
    }

    @Mutation("updateStatement")
    @NonNull
    @Description("Changes a statement: a field left out keeps its stored value, an explicit null (or empty list) "
            + "clears it. A stale expectedVersion is a CONFLICT and nothing changes.")
    public Uni<Statement> updateStatement(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @NonNull @Name("input") MeetingInputs.Statement input, @Name("note") String note) {
        UUID uuid = GlobalId.decode("id", GlobalId.STATEMENT, id);
        Given given = Given.in(context, "input");
        return stored(meetings.statement(uuid), "statement", id).chain(statement -> {
            StatementInput api = input.toApi(given, statement);
            return checked(api).chain(() -> meetings.updateStatement(uuid, expectedVersion, api));
        }).map(Statement::of);
    }

    @Mutation("removeStatement")
    @NonNull
    @Id
    @Description("Removes a statement; a stale expectedVersion is a CONFLICT and nothing changes.")
    public Uni<String> removeStatement(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @Name("note") String note) {
        return meetings.removeStatement(GlobalId.decode("id", GlobalId.STATEMENT, id), expectedVersion)
                .replaceWith(id);
    }

    @Mutation("addDateReport")
    @NonNull
    @Description("Records what one source said about the meeting's date, beside the reconciled date.")
    public Uni<DateReport> addDateReport(@NonNull @Id @Name("meetingId") String meetingId,
            @NonNull @Name("input") MeetingInputs.DateReport input, @Name("note") String note) {
        UUID meeting = GlobalId.decode("meetingId", GlobalId.MEETING, meetingId);
        DateReportInput api = input.toApi();
        return References.parentMustExist(meetings.addDateReport(meeting, api), "meetingId", "meeting")
                .map(DateReport::of);
    }

    @Mutation("updateDateReport")
    @NonNull
    @Description("Changes a date report: a field left out keeps its stored value, an explicit null clears it. A "
            + "stale expectedVersion is a CONFLICT and nothing changes.")
    public Uni<DateReport> updateDateReport(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @NonNull @Name("input") MeetingInputs.DateReport input, @Name("note") String note) {
        UUID uuid = GlobalId.decode("id", GlobalId.DATE_REPORT, id);
        Given given = Given.in(context, "input");
        return stored(meetings.dateReport(uuid), "date report", id)
                .chain(report -> meetings.updateDateReport(uuid, expectedVersion, input.toApi(given, report)))
                .map(DateReport::of);
    }

    @Mutation("removeDateReport")
    @NonNull
    @Id
    @Description("Removes a date report; a stale expectedVersion is a CONFLICT and nothing changes.")
    public Uni<String> removeDateReport(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @Name("note") String note) {
        return meetings.removeDateReport(GlobalId.decode("id", GlobalId.DATE_REPORT, id), expectedVersion)
                .replaceWith(id);
    }

    private Uni<Void> checked(MeetingInput api) {
        List<String> codes = new ArrayList<>(api.countryCodes() == null ? List.of() : api.countryCodes());
        Uni<Void> located = countries.requireKnown("input.location.countryCode",
                api.location() == null ? List.of() : single(api.location().countryCode()));
        return Uni.combine().all()
                .unis(references.organizations("input.hostOrganizationId", single(api.hostOrganizationId())),
                        countries.requireKnown("input.countryCodes", codes), located)
                .discardItems();
    }

    private Uni<Void> checked(ParticipantInput api) {
        return Uni.combine().all()
                .unis(references.people("input.personId", single(api.personId())),
                        countries.requireKnown("input.delegationCountryCode", single(api.delegationCountryCode())))
                .discardItems();
    }

    private Uni<Void> checked(MentionInput api) {
        List<UUID> people = new ArrayList<>(single(api.personId()));
        people.addAll(single(api.mentionedById()));
        return references.people("input.personId/mentionedById", people);
    }

    private Uni<Void> checked(StatementInput api) {
        if (api.speakers().isEmpty() && (api.attribution() == null || api.attribution().isBlank())) {
            return Uni.createFrom().failure(GatewayException.badInput("Argument 'input': a statement with no "
                    + "speakerIds needs an attribution, how the source names the speaker"));
        }
        return references.people("input.speakerIds", api.speakers());
    }

    /** The stored record an update starts from; NOT_FOUND naming the id when there is none. */
    private static <T> Uni<T> stored(Uni<T> lookup, String what, String id) {
        return lookup.onItem().ifNull().failWith(() -> GatewayException.notFound("There is no " + what + " with id "
                + id));
    }

    private Uni<MeetingDto> existing(UUID meeting) {
        return meetings.meeting(meeting).onItem().ifNull().failWith(() -> GatewayException.badInput(
                "Argument 'meetingId': there is no meeting with id " + GlobalId.encode(GlobalId.MEETING, meeting)));
    }

    private static <T> List<T> single(T value) {
        return value == null ? List.of() : List.of(value);
    }
}
