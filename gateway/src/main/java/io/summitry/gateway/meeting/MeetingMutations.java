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
import io.summitry.gateway.error.GatewayException;
import io.summitry.gateway.node.GlobalId;

/**
 * The meeting mutations. References to people and organizations are checked in people-service, and the meeting
 * addressed must exist, before anything is written; the checks of one mutation run in parallel.
 */
@GraphQLApi
@RolesAllowed("editor")
public class MeetingMutations {

    private final MeetingsClient meetings;
    private final References references;

    MeetingMutations(MeetingsClient meetings, References references) {
        this.meetings = meetings;
        this.references = references;
    }

    @Mutation("createMeeting")
    @NonNull
    public Uni<Meeting> createMeeting(@NonNull @Name("input") MeetingInputs.Meeting input) {
        MeetingInput api = input.toApi();
        Uni<Void> host = references.organizations("input.hostOrganizationId", single(api.hostOrganizationId()));
        Uni<MeetingDto> write = meetings.createMeeting(api);
        return host.chain(() -> write).map(Meeting::of);
    }

    @Mutation("updateMeeting")
    @NonNull
    @Description("Replaces the meeting's own fields; a stale expectedVersion is a CONFLICT and nothing changes.")
    public Uni<Meeting> updateMeeting(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @NonNull @Name("input") MeetingInputs.Meeting input) {
        UUID uuid = GlobalId.decode("id", GlobalId.MEETING, id);
        MeetingInput api = input.toApi();
        Uni<Void> host = references.organizations("input.hostOrganizationId", single(api.hostOrganizationId()));
        Uni<MeetingDto> write = meetings.updateMeeting(uuid, expectedVersion, api);
        return host.chain(() -> write).map(Meeting::of);
    }

    @Mutation("deleteMeeting")
    @NonNull
    @Id
    @Description("Deletes a meeting with its participants, mentions and statements; refused (CONFLICT) while other "
            + "meetings are part of it or prepare for it.")
    public Uni<String> deleteMeeting(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion) {
        return meetings.deleteMeeting(GlobalId.decode("id", GlobalId.MEETING, id), expectedVersion).replaceWith(id);
    }

    @Mutation("addParticipant")
    @NonNull
    public Uni<Participant> addParticipant(@NonNull @Id @Name("meetingId") String meetingId,
            @NonNull @Name("input") MeetingInputs.Participant input) {
        UUID meeting = GlobalId.decode("meetingId", GlobalId.MEETING, meetingId);
        ParticipantInput api = input.toApi();
        Uni<MeetingDto> parent = existing(meeting);
        Uni<Void> person = references.people("input.personId", single(api.personId()));
        Uni<io.summitry.api.meetings.ParticipantDto> write = meetings.addParticipant(meeting, api);
        return Uni.combine().all().unis(parent, person).asTuple()
                .chain(checked -> write.map(dto -> Participant.of(dto, FuzzyDate.of(checked.getItem1().date()))));
    }

    @Mutation("removeParticipant")
    @NonNull
    @Id
    @Description("Removes a participant (id: the Participant's id) from the meeting.")
    public Uni<String> removeParticipant(@NonNull @Id @Name("meetingId") String meetingId,
            @NonNull @Id @Name("id") String id) {
        return meetings.removeParticipant(GlobalId.decode("meetingId", GlobalId.MEETING, meetingId),
                GlobalId.decode("id", GlobalId.PARTICIPANT, id)).replaceWith(id);
    }

    @Mutation("addMention")
    @NonNull
    public Uni<Mention> addMention(@NonNull @Id @Name("meetingId") String meetingId,
            @NonNull @Name("input") MeetingInputs.Mention input) {
        UUID meeting = GlobalId.decode("meetingId", GlobalId.MEETING, meetingId);
        MentionInput api = input.toApi();
        List<UUID> people = new ArrayList<>(single(api.personId()));
        people.addAll(single(api.mentionedById()));
        Uni<MeetingDto> parent = existing(meeting);
        Uni<Void> persons = references.people("input.personId/mentionedById", people);
        Uni<io.summitry.api.meetings.MentionDto> write = meetings.addMention(meeting, api);
        return Uni.combine().all().unis(parent, persons).asTuple().chain(() -> write).map(Mention::of);
    }

    @Mutation("addStatement")
    @NonNull
    public Uni<Statement> addStatement(@NonNull @Id @Name("meetingId") String meetingId,
            @NonNull @Name("input") MeetingInputs.Statement input) {
        UUID meeting = GlobalId.decode("meetingId", GlobalId.MEETING, meetingId);
        StatementInput api = input.toApi();
        Uni<MeetingDto> parent = existing(meeting);
        Uni<Void> speaker = references.people("input.speakerId", single(api.speakerId()));
        Uni<io.summitry.api.meetings.StatementDto> write = meetings.addStatement(meeting, api);
        return Uni.combine().all().unis(parent, speaker).asTuple().chain(() -> write).map(Statement::of);
    }

    @Mutation("addDateReport")
    @NonNull
    @Description("Records what one source said about the meeting's date, beside the reconciled date.")
    public Uni<DateReport> addDateReport(@NonNull @Id @Name("meetingId") String meetingId,
            @NonNull @Name("input") MeetingInputs.DateReport input) {
        UUID meeting = GlobalId.decode("meetingId", GlobalId.MEETING, meetingId);
        DateReportInput api = input.toApi();
        return References.parentMustExist(meetings.addDateReport(meeting, api), "meetingId", "meeting")
                .map(DateReport::of);
    }

    private Uni<MeetingDto> existing(UUID meeting) {
        return meetings.meeting(meeting).onItem().ifNull().failWith(() -> GatewayException.badInput(
                "Argument 'meetingId': there is no meeting with id " + GlobalId.encode(GlobalId.MEETING, meeting)));
    }

    private static List<UUID> single(UUID id) {
        return id == null ? List.of() : List.of(id);
    }
}
