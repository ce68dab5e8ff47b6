package io.summitry.gateway.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.summitry.api.IdsRequest;
import io.summitry.api.meetings.DateReportDto;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.MentionDto;
import io.summitry.api.meetings.ParticipantDto;
import io.summitry.api.meetings.SeriesDto;
import io.summitry.api.meetings.SourceDto;
import io.summitry.api.meetings.StatementDto;
import io.summitry.api.people.OrganizationDto;
import io.summitry.api.people.PersonDto;
import io.summitry.api.people.PositionAtQuery;
import io.summitry.api.people.PositionDto;
import io.summitry.api.people.PositionsAtRequest;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.client.PeopleClient;

/**
 * What one page of meetings joins, read with one batch call per joined field for the whole page (never one per
 * meeting): participants, mentions, statements and date reports by meeting, the series by slug; then the people they
 * name, the post each participant held on the meeting's date, and every source cited; then the organizations of the
 * hosts and of those posts. Calls of one level run in parallel; {@link JoinedPages} keeps a few pages in flight.
 */
record PageJoins(List<MeetingDto> meetings, Map<UUID, List<ParticipantDto>> participants,
        Map<UUID, List<MentionDto>> mentions, Map<UUID, List<StatementDto>> statements,
        Map<UUID, List<DateReportDto>> dateReports, Map<String, SeriesDto> series, Map<UUID, PersonDto> people,
        Map<UUID, PositionDto> postsHeld, Map<UUID, SourceDto> sources, Map<UUID, OrganizationDto> organizations) {

    /** Which joins an export needs: the CSV leaves out statements, mentions and date reports. */
    enum Depth {
        TABLE, FULL
    }

    /** The joins of a page, read without blocking: three levels of calls, the calls of a level in parallel. */
    static Uni<PageJoins> of(List<MeetingDto> page, Depth depth, Services services) {
        MeetingsClient meetingsClient = services.meetings();
        PeopleClient peopleClient = services.people();
        List<UUID> ids = page.stream().map(MeetingDto::id).toList();
        boolean full = depth == Depth.FULL;
        Uni<Map<UUID, List<ParticipantDto>>> participantsCall = meetingsClient.participantsByMeetings(ids);
        Uni<Map<UUID, List<MentionDto>>> mentionsCall = full ? meetingsClient.mentionsByMeetings(ids)
                : Uni.createFrom().item(Map.of());
        Uni<Map<UUID, List<StatementDto>>> statementsCall = full ? meetingsClient.statementsByMeetings(ids)
                : Uni.createFrom().item(Map.of());
        Uni<Map<UUID, List<DateReportDto>>> dateReportsCall = full ? meetingsClient.dateReportsByMeetings(ids)
                : Uni.createFrom().item(Map.of());
        Uni<Map<String, SeriesDto>> seriesCall = meetingsClient.seriesBySlugs(
                page.stream().map(MeetingDto::seriesSlug).filter(s -> s != null).toList());
        return Uni.combine().all().unis(participantsCall, mentionsCall, statementsCall, dateReportsCall, seriesCall)
                .asTuple().chain(first -> {
                    Map<UUID, List<ParticipantDto>> participants = first.getItem1();
                    Map<UUID, List<MentionDto>> mentions = first.getItem2();
                    Map<UUID, List<StatementDto>> statements = first.getItem3();
                    Map<UUID, List<DateReportDto>> dateReports = first.getItem4();
                    Set<UUID> personIds = new LinkedHashSet<>();
                    Set<UUID> sourceIds = new LinkedHashSet<>();
                    List<ParticipantDto> allParticipants = new ArrayList<>();
                    List<PositionAtQuery> postQueries = new ArrayList<>();
                    for (MeetingDto meeting : page) {
                        addAll(sourceIds, meeting.sourceIds());
                        for (ParticipantDto participant : participants.getOrDefault(meeting.id(), List.of())) {
                            personIds.add(participant.personId());
                            addAll(sourceIds, participant.sourceIds());
                            allParticipants.add(participant);
                            postQueries.add(new PositionAtQuery(participant.personId(),
                                    meeting.date() == null ? null : meeting.date().earliest(),
                                    meeting.date() == null ? null : meeting.date().latest()));
                        }
                        for (MentionDto mention : mentions.getOrDefault(meeting.id(), List.of())) {
                            personIds.add(mention.personId());
                            add(personIds, mention.mentionedById());
                            add(sourceIds, mention.sourceId());
                        }
                        for (StatementDto statement : statements.getOrDefault(meeting.id(), List.of())) {
                            addAll(personIds, statement.speakerIds());
                            add(sourceIds, statement.sourceId());
                        }
                        for (DateReportDto report : dateReports.getOrDefault(meeting.id(), List.of())) {
                            add(sourceIds, report.sourceId());
                        }
                    }
                    return Uni.combine().all().unis(peopleClient.peopleByIds(personIds),
                            postsHeld(peopleClient, postQueries), meetingsClient.sourcesByIds(sourceIds)).asTuple()
                            .chain(second -> {
                                Map<UUID, PositionDto> postsHeld = new HashMap<>();
                                List<PositionDto> posts = second.getItem2();
                                for (int i = 0; i < allParticipants.size() && i < posts.size(); i++) {
                                    if (posts.get(i) != null) {
                                        postsHeld.put(allParticipants.get(i).id(), posts.get(i));
                                    }
                                }
                                Set<UUID> organizationIds = new LinkedHashSet<>();
                                for (MeetingDto meeting : page) {
                                    add(organizationIds, meeting.hostOrganizationId());
                                }
                                for (PositionDto post : postsHeld.values()) {
                                    add(organizationIds, post.organizationId());
                                }
                                return peopleClient.organizationsByIds(organizationIds)
                                        .map(organizations -> new PageJoins(page, participants, mentions,
                                                statements, dateReports, first.getItem5(), second.getItem1(),
                                                postsHeld, second.getItem3(), organizations));
                            });
                });
    }

    /**
     * The post held for each query, aligned with them: one call, or one per {@link IdsRequest#MAX_IDS} queries on a
     * page with more participants than a batch takes.
     */
    private static Uni<List<PositionDto>> postsHeld(PeopleClient people, List<PositionAtQuery> queries) {
        List<Uni<List<PositionDto>>> calls = new ArrayList<>();
        for (int from = 0; from < queries.size(); from += IdsRequest.MAX_IDS) {
            List<PositionAtQuery> chunk = queries.subList(from, Math.min(queries.size(), from + IdsRequest.MAX_IDS));
            calls.add(people.positionsAt(new PositionsAtRequest(List.copyOf(chunk))));
        }
        if (calls.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(calls).andFailFast().map(parts -> {
            List<PositionDto> all = new ArrayList<>(queries.size());
            parts.forEach(all::addAll);
            return all;
        });
    }

    List<ParticipantDto> participantsOf(MeetingDto meeting) {
        return participants.getOrDefault(meeting.id(), List.of());
    }

    private static <T> void add(Set<T> set, T value) {
        if (value != null) {
            set.add(value);
        }
    }

    private static <T> void addAll(Set<T> set, List<T> values) {
        if (values != null) {
            for (T value : values) {
                add(set, value);
            }
        }
    }
}
