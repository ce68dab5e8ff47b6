package io.summitry.gateway.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import io.summitry.api.BatchResult;
import io.summitry.api.GroupedResult;
import io.summitry.api.IdsRequest;
import io.summitry.api.Page;
import io.summitry.api.PageGroup;
import io.summitry.api.history.ChangeDto;
import io.summitry.api.history.HistoryRequest;
import io.summitry.api.meetings.DateReportDto;
import io.summitry.api.meetings.DateReportInput;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.MeetingInput;
import io.summitry.api.meetings.MeetingKind;
import io.summitry.api.meetings.MeetingOrder;
import io.summitry.api.meetings.MeetingStatus;
import io.summitry.api.meetings.MeetingsByParticipantsRequest;
import io.summitry.api.meetings.MentionDto;
import io.summitry.api.meetings.MentionInput;
import io.summitry.api.meetings.ParticipantDto;
import io.summitry.api.meetings.ParticipantInput;
import io.summitry.api.meetings.ReferenceDto;
import io.summitry.api.meetings.SeriesDto;
import io.summitry.api.meetings.SeriesInput;
import io.summitry.api.meetings.SeriesNeighbours;
import io.summitry.api.meetings.SourceDto;
import io.summitry.api.meetings.SourceInput;
import io.summitry.api.meetings.StatementDto;
import io.summitry.api.meetings.StatementInput;
import io.summitry.api.meetings.StatementKind;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** meetings-service's REST API, as docs/service-api.md defines it. */
@RegisterRestClient(configKey = "meetings")
interface MeetingsRestClient {

    @GET
    @Path("/series")
    Uni<List<SeriesDto>> allSeries();

    @GET
    @Path("/series/{slug}")
    Uni<SeriesDto> series(String slug);

    @POST
    @Path("/series")
    Uni<SeriesDto> createSeries(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, SeriesInput input);

    @PUT
    @Path("/series/{slug}")
    Uni<SeriesDto> updateSeries(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, String slug, @RestHeader("If-Match") String ifMatch, SeriesInput input);

    @POST
    @Path("/series/by-slugs")
    Uni<BatchResult<SeriesDto>> seriesBySlugs(IdsRequest slugs);

    @POST
    @Path("/series/meetings/by-slugs")
    Uni<GroupedResult<MeetingDto>> meetingsBySeries(IdsRequest slugs);

    @GET
    @Path("/meetings")
    Uni<Page<MeetingDto>> meetings(@RestQuery String text, @RestQuery("kind") List<MeetingKind> kinds,
            @RestQuery("status") List<MeetingStatus> statuses, @RestQuery("series") String seriesSlug,
            @RestQuery("country") List<String> countryCodes, @RestQuery("participant") List<UUID> participantIds,
            @RestQuery("topic") List<String> topics, @RestQuery LocalDate from, @RestQuery LocalDate to,
            @RestQuery("locationCountry") List<String> locationCountryCodes, @RestQuery MeetingOrder orderBy, @RestQuery Integer first, @RestQuery String after,
            @RestQuery Integer last, @RestQuery String before);

    @GET
    @Path("/meetings/{id}")
    Uni<MeetingDto> meeting(UUID id);

    @POST
    @Path("/meetings")
    Uni<MeetingDto> createMeeting(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, MeetingInput input);

    @PUT
    @Path("/meetings/{id}")
    Uni<MeetingDto> updateMeeting(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, @RestHeader("If-Match") String ifMatch, MeetingInput input);

    @DELETE
    @Path("/meetings/{id}")
    Uni<Void> deleteMeeting(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, @RestHeader("If-Match") String ifMatch);

    @POST
    @Path("/meetings/by-ids")
    Uni<BatchResult<MeetingDto>> meetingsByIds(IdsRequest ids);

    @POST
    @Path("/meetings/sessions/by-meetings")
    Uni<GroupedResult<MeetingDto>> sessionsByMeetings(IdsRequest ids);

    @POST
    @Path("/meetings/prepared-by/by-meetings")
    Uni<GroupedResult<MeetingDto>> preparedByByMeetings(IdsRequest ids);

    @POST
    @Path("/meetings/series-neighbours")
    Uni<List<SeriesNeighbours>> seriesNeighbours(IdsRequest ids);

    @POST
    @Path("/meetings/by-participants")
    Uni<List<PageGroup<MeetingDto>>> meetingsByParticipants(MeetingsByParticipantsRequest request);

    @POST
    @Path("/meetings/{id}/participants")
    Uni<ParticipantDto> addParticipant(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, ParticipantInput input);

    @DELETE
    @Path("/meetings/{id}/participants/{participantId}")
    Uni<Void> removeParticipant(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, UUID participantId);

    @POST
    @Path("/meetings/{id}/mentions")
    Uni<MentionDto> addMention(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, MentionInput input);

    @POST
    @Path("/meetings/{id}/statements")
    Uni<StatementDto> addStatement(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, StatementInput input);

    @POST
    @Path("/meetings/{id}/date-reports")
    Uni<DateReportDto> addDateReport(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, DateReportInput input);

    @GET
    @Path("/participants/{id}")
    Uni<ParticipantDto> participant(UUID id);

    @PUT
    @Path("/participants/{id}")
    Uni<ParticipantDto> updateParticipant(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, @RestHeader("If-Match") String ifMatch, ParticipantInput input);

    @GET
    @Path("/mentions/{id}")
    Uni<MentionDto> mention(UUID id);

    @PUT
    @Path("/mentions/{id}")
    Uni<MentionDto> updateMention(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, @RestHeader("If-Match") String ifMatch, MentionInput input);

    @DELETE
    @Path("/mentions/{id}")
    Uni<Void> removeMention(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, @RestHeader("If-Match") String ifMatch);

    @GET
    @Path("/statements")
    Uni<Page<StatementDto>> statements(@RestQuery String text, @RestQuery("speaker") List<UUID> speakerIds,
            @RestQuery("kind") List<StatementKind> kinds, @RestQuery("meeting") List<UUID> meetingIds,
            @RestQuery LocalDate from, @RestQuery LocalDate to, @RestQuery Integer first, @RestQuery String after);

    @GET
    @Path("/statements/{id}")
    Uni<StatementDto> statement(UUID id);

    @PUT
    @Path("/statements/{id}")
    Uni<StatementDto> updateStatement(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, @RestHeader("If-Match") String ifMatch, StatementInput input);

    @DELETE
    @Path("/statements/{id}")
    Uni<Void> removeStatement(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, @RestHeader("If-Match") String ifMatch);

    @GET
    @Path("/date-reports/{id}")
    Uni<DateReportDto> dateReport(UUID id);

    @PUT
    @Path("/date-reports/{id}")
    Uni<DateReportDto> updateDateReport(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, @RestHeader("If-Match") String ifMatch, DateReportInput input);

    @DELETE
    @Path("/date-reports/{id}")
    Uni<Void> removeDateReport(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, @RestHeader("If-Match") String ifMatch);

    @POST
    @Path("/participants/by-meetings")
    Uni<GroupedResult<ParticipantDto>> participantsByMeetings(IdsRequest ids);

    @POST
    @Path("/mentions/by-meetings")
    Uni<GroupedResult<MentionDto>> mentionsByMeetings(IdsRequest ids);

    @POST
    @Path("/statements/by-meetings")
    Uni<GroupedResult<StatementDto>> statementsByMeetings(IdsRequest ids);

    @POST
    @Path("/statements/by-speakers")
    Uni<GroupedResult<StatementDto>> statementsBySpeakers(IdsRequest ids);

    @POST
    @Path("/date-reports/by-meetings")
    Uni<GroupedResult<DateReportDto>> dateReportsByMeetings(IdsRequest ids);

    @GET
    @Path("/sources")
    Uni<Page<SourceDto>> sources(@RestQuery Integer first, @RestQuery String after);

    @GET
    @Path("/sources/{id}")
    Uni<SourceDto> source(UUID id);

    @POST
    @Path("/sources")
    Uni<SourceDto> createSource(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, SourceInput input);

    @PUT
    @Path("/sources/{id}")
    Uni<SourceDto> updateSource(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id, @RestHeader("If-Match") String ifMatch, SourceInput input);

    @POST
    @Path("/sources/by-ids")
    Uni<BatchResult<SourceDto>> sourcesByIds(IdsRequest ids);

    @POST
    @Path("/sources/by-meetings")
    Uni<GroupedResult<SourceDto>> sourcesByMeetings(IdsRequest ids);

    @GET
    @Path("/changes")
    Uni<Page<ChangeDto>> changes(@RestQuery("typename") List<String> typenames,
            @RestQuery("editor") List<String> editorIds, @RestQuery String since, @RestQuery String until,
            @RestQuery Integer first, @RestQuery String after);

    @POST
    @Path("/meetings/history/by-ids")
    Uni<List<PageGroup<ChangeDto>>> meetingHistories(HistoryRequest request);

    @POST
    @Path("/series/history/by-slugs")
    Uni<List<PageGroup<ChangeDto>>> seriesHistories(HistoryRequest request);

    @POST
    @Path("/sources/history/by-ids")
    Uni<List<PageGroup<ChangeDto>>> sourceHistories(HistoryRequest request);

    @GET
    @Path("/meetings/{id}")
    Uni<MeetingDto> meetingAsOf(UUID id, @RestQuery String asOf);

    @POST
    @Path("/meetings/{id}/restore")
    Uni<MeetingDto> restoreMeeting(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID id,
            @RestQuery long revision, @RestHeader("If-Match") String ifMatch);

    @POST
    @Path("/references/by-people")
    Uni<GroupedResult<ReferenceDto>> referencesToPeople(IdsRequest ids);

    @POST
    @Path("/references/by-organizations")
    Uni<GroupedResult<ReferenceDto>> referencesToOrganizations(IdsRequest ids);

    @PUT
    @Path("/references/tombstones/{kind}/{id}")
    Uni<Void> layTombstone(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, String kind, UUID id);

    @DELETE
    @Path("/references/tombstones/{kind}/{id}")
    Uni<Void> liftTombstone(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, String kind, UUID id);

    @POST
    @Path("/references/people/{fromId}/move-to/{intoId}")
    Uni<List<ReferenceDto>> movePeopleReferences(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID fromId, UUID intoId);

    @POST
    @Path("/references/organizations/{fromId}/move-to/{intoId}")
    Uni<List<ReferenceDto>> moveOrganizationReferences(@RestHeader("Authorization") String authorization, @RestHeader(MutationNote.HEADER) String note, UUID fromId, UUID intoId);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ProblemResponses.toException(Downstream.MEETINGS, response);
    }
}
