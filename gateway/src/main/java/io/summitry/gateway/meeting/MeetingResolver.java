package io.summitry.gateway.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.SeriesNeighbours;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.common.Align;
import io.summitry.gateway.country.Country;
import io.summitry.gateway.country.CountryDirectory;
import io.summitry.gateway.organization.Organization;
import io.summitry.gateway.series.Series;

/** The fields of Meeting that join other data; each is one batch call for all the meetings of a level. */
@GraphQLApi
public class MeetingResolver {

    private final MeetingsClient meetings;
    private final PeopleClient people;
    private final CountryDirectory countries;

    MeetingResolver(MeetingsClient meetings, PeopleClient people, CountryDirectory countries) {
        this.meetings = meetings;
        this.people = people;
        this.countries = countries;
    }

    private static List<UUID> ids(List<Meeting> parents, Function<MeetingDto, UUID> key) {
        return parents.stream().map(m -> key.apply(m.dto())).toList();
    }

    @Description("The series this meeting is a round of.")
    public Uni<List<Series>> series(@Source List<Meeting> parents) {
        return meetings.seriesBySlugs(parents.stream().map(m -> m.dto().seriesSlug()).toList())
                .map(found -> Align.one(parents, m -> m.dto().seriesSlug(), found, Series::of));
    }

    @Description("The hosting organization. Joined from people-service: null when that service is unavailable "
            + "(with an UPSTREAM_UNAVAILABLE error), so the meeting itself is still answered.")
    public Uni<List<Organization>> host(@Source List<Meeting> parents) {
        return people.organizationsByIds(ids(parents, MeetingDto::hostOrganizationId))
                .map(found -> Align.one(parents, m -> m.dto().hostOrganizationId(), found, Organization::of));
    }

    @NonNull
    @Description("The countries taking part.")
    public Uni<List<@NonNull List<@NonNull Country>>> countries(@Source List<Meeting> parents) {
        return countries.all().map(all -> parents.stream()
                .map(m -> m.dto().countryCodes() == null ? List.<Country> of()
                        : m.dto().countryCodes().stream().map(code -> CountryDirectory.lookup(all, code)).toList())
                .toList());
    }

    @NonNull
    @Description("What each source said about the date, beside the reconciled date.")
    public Uni<List<@NonNull List<@NonNull DateReport>>> dateReports(@Source List<Meeting> parents) {
        return meetings.dateReportsByMeetings(ids(parents, MeetingDto::id))
                .map(found -> Align.many(parents, Meeting::uuid, found, DateReport::of));
    }

    @NonNull
    public Uni<List<@NonNull List<@NonNull Participant>>> participants(@Source List<Meeting> parents) {
        return meetings.participantsByMeetings(ids(parents, MeetingDto::id)).map(found -> {
            List<List<Participant>> results = new ArrayList<>(parents.size());
            for (Meeting meeting : parents) {
                results.add(found.getOrDefault(meeting.uuid(), List.of()).stream()
                        .map(dto -> Participant.of(dto, meeting.date())).toList());
            }
            return results;
        });
    }

    @NonNull
    @Description("People named at the meeting without taking part.")
    public Uni<List<@NonNull List<@NonNull Mention>>> mentions(@Source List<Meeting> parents) {
        return meetings.mentionsByMeetings(ids(parents, MeetingDto::id))
                .map(found -> Align.many(parents, Meeting::uuid, found, Mention::of));
    }

    @NonNull
    public Uni<List<@NonNull List<@NonNull Statement>>> statements(@Source List<Meeting> parents) {
        return meetings.statementsByMeetings(ids(parents, MeetingDto::id))
                .map(found -> Align.many(parents, Meeting::uuid, found, Statement::of));
    }

    @Description("The meeting this one is a part of (a tabletop exercise inside talks).")
    public Uni<List<Meeting>> partOf(@Source List<Meeting> parents) {
        return meetings.meetingsByIds(ids(parents, MeetingDto::partOfId))
                .map(found -> Align.one(parents, m -> m.dto().partOfId(), found, Meeting::of));
    }

    @NonNull
    @Description("The meetings that are part of this one.")
    public Uni<List<@NonNull List<@NonNull Meeting>>> sessions(@Source List<Meeting> parents) {
        return meetings.sessionsByMeetings(ids(parents, MeetingDto::id))
                .map(found -> Align.many(parents, Meeting::uuid, found, Meeting::of));
    }

    @Description("The meeting this one prepares (a preparatory meeting before talks).")
    public Uni<List<Meeting>> preparesFor(@Source List<Meeting> parents) {
        return meetings.meetingsByIds(ids(parents, MeetingDto::preparesForId))
                .map(found -> Align.one(parents, m -> m.dto().preparesForId(), found, Meeting::of));
    }

    @NonNull
    @Description("The meetings that prepare this one.")
    public Uni<List<@NonNull List<@NonNull Meeting>>> preparedBy(@Source List<Meeting> parents) {
        return meetings.preparedByByMeetings(ids(parents, MeetingDto::id))
                .map(found -> Align.many(parents, Meeting::uuid, found, Meeting::of));
    }

    @Description("The previous round of the same series, by ordinal.")
    public Uni<List<Meeting>> previousInSeries(@Source List<Meeting> parents) {
        return meetings.seriesNeighbours(ids(parents, MeetingDto::id))
                .map(found -> Align.one(parents, Meeting::uuid, found, n -> Meeting.of(n.previous())));
    }

    @Description("The next round of the same series, by ordinal.")
    public Uni<List<Meeting>> nextInSeries(@Source List<Meeting> parents) {
        return meetings.seriesNeighbours(ids(parents, MeetingDto::id))
                .map(found -> Align.one(parents, Meeting::uuid, found, (SeriesNeighbours n) -> Meeting.of(n.next())));
    }

    @NonNull
    @Description("The sources of the meeting's own facts.")
    public Uni<List<@NonNull List<io.summitry.gateway.source.@NonNull Source>>> sources(
            @Source List<Meeting> parents) {
        return meetings.sourcesByMeetings(ids(parents, MeetingDto::id))
                .map(found -> Align.many(parents, Meeting::uuid, found,
                        io.summitry.gateway.source.Source::of));
    }
}
