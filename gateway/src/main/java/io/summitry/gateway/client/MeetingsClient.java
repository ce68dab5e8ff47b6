package io.summitry.gateway.client;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.summitry.api.IdsRequest;
import io.summitry.api.Page;
import io.summitry.api.PageGroup;
import io.summitry.api.history.ChangeDto;
import io.summitry.api.history.HistoryRequest;
import io.summitry.api.meetings.DateReportDto;
import io.summitry.api.meetings.DateReportInput;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.MeetingInput;
import io.summitry.api.meetings.MeetingOrder;
import io.summitry.api.meetings.MeetingQuery;
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
import io.summitry.api.meetings.StatementQuery;
import io.summitry.gateway.security.CallerToken;
import jakarta.enterprise.context.ApplicationScoped;

/** meetings-service as the resolvers use it: batch lookups keyed by id, deadlines, counting, errors mapped. */
@ApplicationScoped
public class MeetingsClient {

    private final MeetingsRestClient rest;
    private final MeterRegistry registry;
    private final DownstreamConfig config;
    private final ServiceGuards.ServiceGuard guard;
    private final CallerToken token;
    private final MutationNote note;

    MeetingsClient(@RestClient MeetingsRestClient rest, MeterRegistry registry, DownstreamConfig config,
            ServiceGuards guards, CallerToken token, MutationNote note) {
        this.rest = rest;
        this.registry = registry;
        this.config = config;
        this.guard = guards.meetings();
        this.token = token;
        this.note = note;
    }

    private <T> Uni<T> read(Supplier<Uni<T>> call) {
        return Downstream.read(Downstream.MEETINGS, registry, guard, config.deadline(), call);
    }

    private <T> Uni<T> write(BiFunction<String, String, Uni<T>> call) {
        return Downstream.write(Downstream.MEETINGS, registry, guard, config.deadline(), token, note, call);
    }

    private <T> Uni<T> orNull(Uni<T> single) {
        return single.onFailure(Downstream::isNotFound).recoverWithNull();
    }

    private static String version(long version) {
        return "\"" + version + "\"";
    }

    private <T> Uni<Map<UUID, List<T>>> grouped(Collection<UUID> ids,
            Function<IdsRequest, Uni<io.summitry.api.GroupedResult<T>>> call) {
        return Batches.oneToMany(ids, UUID::fromString, request -> read(() -> call.apply(request)));
    }

    public Uni<List<SeriesDto>> allSeries() {
        return read(rest::allSeries);
    }

    public Uni<SeriesDto> series(String slug) {
        return orNull(read(() -> rest.series(slug)));
    }

    public Uni<SeriesDto> createSeries(SeriesInput input) {
        return write((auth, note) -> rest.createSeries(auth, note, input));
    }

    public Uni<SeriesDto> updateSeries(String slug, long expectedVersion, SeriesInput input) {
        return write((auth, note) -> rest.updateSeries(auth, note, slug, version(expectedVersion), input));
    }

    public Uni<Map<String, SeriesDto>> seriesBySlugs(Collection<String> slugs) {
        return Batches.oneToOne(slugs, Function.identity(), request -> read(() -> rest.seriesBySlugs(request)));
    }

    public Uni<Map<String, List<MeetingDto>>> meetingsBySeries(Collection<String> slugs) {
        return Batches.oneToMany(slugs, Function.identity(), request -> read(() -> rest.meetingsBySeries(request)));
    }

    public Uni<Page<MeetingDto>> meetings(MeetingQuery filter, MeetingOrder orderBy, Integer first, String after,
            Integer last, String before) {
        MeetingQuery f = filter == null ? new MeetingQuery(null, null, null, null, null, null, null, null, null, null)
                : filter;
        return read(() -> rest.meetings(f.text(), f.kinds(), f.statuses(), f.seriesSlug(), f.countryCodes(),
                f.participantIds(), f.topics(), f.from(), f.to(), f.locationCountryCodes(), orderBy, first, after, last, before));
    }

    public Uni<MeetingDto> meeting(UUID id) {
        return orNull(read(() -> rest.meeting(id)));
    }

    public Uni<MeetingDto> createMeeting(MeetingInput input) {
        return write((auth, note) -> rest.createMeeting(auth, note, input));
    }

    public Uni<MeetingDto> updateMeeting(UUID id, long expectedVersion, MeetingInput input) {
        return write((auth, note) -> rest.updateMeeting(auth, note, id, version(expectedVersion), input));
    }

    public Uni<Void> deleteMeeting(UUID id, long expectedVersion) {
        return write((auth, note) -> rest.deleteMeeting(auth, note, id, version(expectedVersion)));
    }

    public Uni<Map<UUID, MeetingDto>> meetingsByIds(Collection<UUID> ids) {
        return Batches.oneToOne(ids, UUID::fromString, request -> read(() -> rest.meetingsByIds(request)));
    }

    public Uni<Map<UUID, List<MeetingDto>>> sessionsByMeetings(Collection<UUID> ids) {
        return grouped(ids, rest::sessionsByMeetings);
    }

    public Uni<Map<UUID, List<MeetingDto>>> preparedByByMeetings(Collection<UUID> ids) {
        return grouped(ids, rest::preparedByByMeetings);
    }

    public Uni<Map<UUID, SeriesNeighbours>> seriesNeighbours(Collection<UUID> ids) {
        List<String> keys = Batches.distinct(ids);
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return read(() -> rest.seriesNeighbours(new IdsRequest(keys))).map(answers -> {
            Map<UUID, SeriesNeighbours> byId = new java.util.HashMap<>();
            for (int i = 0; i < keys.size() && i < answers.size(); i++) {
                byId.put(UUID.fromString(keys.get(i)), answers.get(i));
            }
            return byId;
        });
    }

    /** One page of meetings per person, filtered and paged alike, keyed by person id. */
    public Uni<Map<UUID, Page<MeetingDto>>> meetingsByParticipants(Collection<UUID> personIds, MeetingQuery filter,
            MeetingOrder orderBy, Integer first, String after) {
        List<String> keys = Batches.distinct(personIds);
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        MeetingsByParticipantsRequest request = new MeetingsByParticipantsRequest(keys, filter, orderBy, first, after);
        return read(() -> rest.meetingsByParticipants(request)).map(groups -> {
            Map<UUID, Page<MeetingDto>> byId = new java.util.HashMap<>();
            for (PageGroup<MeetingDto> group : groups) {
                byId.put(UUID.fromString(group.key()), group.page());
            }
            return byId;
        });
    }

    public Uni<ParticipantDto> addParticipant(UUID meetingId, ParticipantInput input) {
        return write((auth, note) -> rest.addParticipant(auth, note, meetingId, input));
    }

    public Uni<Void> removeParticipant(UUID meetingId, UUID participantId) {
        return write((auth, note) -> rest.removeParticipant(auth, note, meetingId, participantId));
    }

    public Uni<MentionDto> addMention(UUID meetingId, MentionInput input) {
        return write((auth, note) -> rest.addMention(auth, note, meetingId, input));
    }

    public Uni<StatementDto> addStatement(UUID meetingId, StatementInput input) {
        return write((auth, note) -> rest.addStatement(auth, note, meetingId, input));
    }

    public Uni<DateReportDto> addDateReport(UUID meetingId, DateReportInput input) {
        return write((auth, note) -> rest.addDateReport(auth, note, meetingId, input));
    }

    public Uni<ParticipantDto> participant(UUID id) {
        return orNull(read(() -> rest.participant(id)));
    }

    public Uni<ParticipantDto> updateParticipant(UUID id, long expectedVersion, ParticipantInput input) {
        return write((auth, note) -> rest.updateParticipant(auth, note, id, version(expectedVersion), input));
    }

    public Uni<MentionDto> mention(UUID id) {
        return orNull(read(() -> rest.mention(id)));
    }

    public Uni<MentionDto> updateMention(UUID id, long expectedVersion, MentionInput input) {
        return write((auth, note) -> rest.updateMention(auth, note, id, version(expectedVersion), input));
    }

    public Uni<Void> removeMention(UUID id, long expectedVersion) {
        return write((auth, note) -> rest.removeMention(auth, note, id, version(expectedVersion)));
    }

    public Uni<Page<StatementDto>> statements(StatementQuery filter, Integer first, String after) {
        return read(() -> rest.statements(filter.text(), filter.speakerIds(), filter.kinds(), filter.meetingIds(),
                filter.from(), filter.to(), first, after));
    }

    public Uni<StatementDto> statement(UUID id) {
        return orNull(read(() -> rest.statement(id)));
    }

    public Uni<StatementDto> updateStatement(UUID id, long expectedVersion, StatementInput input) {
        return write((auth, note) -> rest.updateStatement(auth, note, id, version(expectedVersion), input));
    }

    public Uni<Void> removeStatement(UUID id, long expectedVersion) {
        return write((auth, note) -> rest.removeStatement(auth, note, id, version(expectedVersion)));
    }

    public Uni<DateReportDto> dateReport(UUID id) {
        return orNull(read(() -> rest.dateReport(id)));
    }

    public Uni<DateReportDto> updateDateReport(UUID id, long expectedVersion, DateReportInput input) {
        return write((auth, note) -> rest.updateDateReport(auth, note, id, version(expectedVersion), input));
    }

    public Uni<Void> removeDateReport(UUID id, long expectedVersion) {
        return write((auth, note) -> rest.removeDateReport(auth, note, id, version(expectedVersion)));
    }

    public Uni<Map<UUID, List<ParticipantDto>>> participantsByMeetings(Collection<UUID> ids) {
        return grouped(ids, rest::participantsByMeetings);
    }

    /** Every participant, mention and statement of this service that names each person. */
    public Uni<Map<UUID, List<ReferenceDto>>> referencesToPeople(Collection<UUID> ids) {
        return grouped(ids, rest::referencesToPeople);
    }

    /** Every meeting hosted by each organization. */
    public Uni<Map<UUID, List<ReferenceDto>>> referencesToOrganizations(Collection<UUID> ids) {
        return grouped(ids, rest::referencesToOrganizations);
    }

    /**
     * From now on, until lifted, meetings-service refuses every write that would refer to this person or
     * organization ({@code kind}: people or organizations): the first step of deleting it.
     */
    public Uni<Void> layTombstone(String kind, UUID id) {
        return write((auth, note) -> rest.layTombstone(auth, note, kind, id));
    }

    /** Accepts references again: the deletion did not happen. */
    public Uni<Void> liftTombstone(String kind, UUID id) {
        return write((auth, note) -> rest.liftTombstone(auth, note, kind, id));
    }

    /** Points every reference to one person at another; once moved, moving again moves nothing. */
    public Uni<List<ReferenceDto>> movePeopleReferences(UUID fromId, UUID intoId) {
        return write((auth, note) -> rest.movePeopleReferences(auth, note, fromId, intoId));
    }

    /** Points every meeting hosted by one organization at another; once moved, moving again moves nothing. */
    public Uni<List<ReferenceDto>> moveOrganizationReferences(UUID fromId, UUID intoId) {
        return write((auth, note) -> rest.moveOrganizationReferences(auth, note, fromId, intoId));
    }

    public Uni<Map<UUID, List<MentionDto>>> mentionsByMeetings(Collection<UUID> ids) {
        return grouped(ids, rest::mentionsByMeetings);
    }

    public Uni<Map<UUID, List<StatementDto>>> statementsByMeetings(Collection<UUID> ids) {
        return grouped(ids, rest::statementsByMeetings);
    }

    public Uni<Map<UUID, List<StatementDto>>> statementsBySpeakers(Collection<UUID> ids) {
        return grouped(ids, rest::statementsBySpeakers);
    }

    public Uni<Map<UUID, List<DateReportDto>>> dateReportsByMeetings(Collection<UUID> ids) {
        return grouped(ids, rest::dateReportsByMeetings);
    }

    public Uni<Page<SourceDto>> sources(Integer first, String after) {
        return read(() -> rest.sources(first, after));
    }

    public Uni<SourceDto> source(UUID id) {
        return orNull(read(() -> rest.source(id)));
    }

    public Uni<SourceDto> createSource(SourceInput input) {
        return write((auth, note) -> rest.createSource(auth, note, input));
    }

    public Uni<SourceDto> updateSource(UUID id, long expectedVersion, SourceInput input) {
        return write((auth, note) -> rest.updateSource(auth, note, id, version(expectedVersion), input));
    }

    public Uni<Map<UUID, SourceDto>> sourcesByIds(Collection<UUID> ids) {
        return Batches.oneToOne(ids, UUID::fromString, request -> read(() -> rest.sourcesByIds(request)));
    }

    public Uni<Map<UUID, List<SourceDto>>> sourcesByMeetings(Collection<UUID> ids) {
        return grouped(ids, rest::sourcesByMeetings);
    }

    public Uni<Page<ChangeDto>> changes(ChangeQuery query, int first, String after) {
        return read(() -> rest.changes(query.typenames(), query.editorIds(), query.since(), query.until(), first,
                after));
    }

    public Uni<Map<UUID, Page<ChangeDto>>> meetingHistories(Collection<UUID> ids, int first, String after) {
        return Batches.pages(ids, UUID::fromString,
                keys -> read(() -> rest.meetingHistories(new HistoryRequest(keys, first, after))));
    }

    public Uni<Map<String, Page<ChangeDto>>> seriesHistories(Collection<String> slugs, int first, String after) {
        return Batches.pages(slugs, Function.identity(),
                keys -> read(() -> rest.seriesHistories(new HistoryRequest(keys, first, after))));
    }

    public Uni<Map<UUID, Page<ChangeDto>>> sourceHistories(Collection<UUID> ids, int first, String after) {
        return Batches.pages(ids, UUID::fromString,
                keys -> read(() -> rest.sourceHistories(new HistoryRequest(keys, first, after))));
    }

    /** The meeting as it stood at that instant; null when it did not exist then. */
    public Uni<MeetingDto> meetingAsOf(UUID id, java.time.Instant asOf) {
        return orNull(read(() -> rest.meetingAsOf(id, asOf.toString())));
    }

    public Uni<MeetingDto> restoreMeeting(UUID id, long revision, long expectedVersion) {
        return write((auth, note) -> rest.restoreMeeting(auth, note, id, revision, version(expectedVersion)));
    }

}
