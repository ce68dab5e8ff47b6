package io.summitry.meetings.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.logging.Log;
import io.summitry.meetings.datereport.DateReport;
import io.summitry.meetings.mention.Mention;
import io.summitry.meetings.participant.Participant;
import io.summitry.meetings.statement.Statement;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.MeetingInput;
import io.summitry.edtf.FuzzyDate;
import io.summitry.service.date.FuzzyDates;
import io.summitry.meetings.reference.Referent;
import io.summitry.meetings.reference.Tombstones;
import io.summitry.meetings.series.Series;
import io.summitry.meetings.source.SourceRefs;
import io.summitry.meetings.sql.Constraints;
import io.summitry.meetings.sql.Sql;
import io.summitry.problem.ProblemException;
import io.summitry.problem.ProblemType;
import io.summitry.service.version.Versions;

/** Creates, replaces and deletes meetings, checking references, the series ordinal and cycles before writing. */
@ApplicationScoped
public class MeetingService {

    private static final String REACHES = """
            with recursive up (id) as (
                select ?::uuid
                union
                select link.id from up
                join meeting m on m.id = up.id
                cross join lateral (values (m.part_of_id), (m.prepares_for_id)) as link (id)
                where link.id is not null)
            select exists (select 1 from up where id = ?)""";

    private final EntityManager em;
    private final Sql sql;
    private final MeetingQueries queries;
    private final SourceRefs sources;
    private final Tombstones tombstones;

    public MeetingService(EntityManager em, Sql sql, MeetingQueries queries, SourceRefs sources,
            Tombstones tombstones) {
        this.em = em;
        this.sql = sql;
        this.queries = queries;
        this.sources = sources;
        this.tombstones = tombstones;
    }

    @Transactional
    public MeetingDto create(MeetingInput input) {
        Meeting meeting = new Meeting();
        apply(meeting, input);
        meeting.persist();
        Constraints.flush(em);
        Log.debugf("Created meeting %s", meeting.id);
        return queries.byId(meeting.id).orElseThrow();
    }

    @Transactional
    public MeetingDto update(UUID id, long expectedVersion, MeetingInput input) {
        Meeting meeting = find(id);
        requireVersion(meeting, expectedVersion);
        apply(meeting, input);
        Constraints.flush(em);
        return queries.byId(id).orElseThrow();
    }

    @Transactional
    public void delete(UUID id, long expectedVersion) {
        Meeting meeting = find(id);
        requireVersion(meeting, expectedVersion);
        long dependents = Meeting.count("partOfId = ?1 or preparesForId = ?1", id);
        if (dependents > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "Meeting " + id + " cannot be deleted: " + dependents
                    + " other meeting(s) are part of it or prepare for it");
        }
        // the children one by one rather than by the database's cascade, so the revision log keeps their last values
        for (Class<? extends PanacheEntityBase> child : List.of(Participant.class, Mention.class, Statement.class,
                DateReport.class)) {
            em.createQuery("select c from " + child.getSimpleName() + " c where c.meetingId = :id", child)
                    .setParameter("id", id).getResultList().forEach(em::remove);
        }
        meeting.delete();
        Constraints.flush(em);
    }

    private Meeting find(UUID id) {
        Meeting meeting = Meeting.findById(id);
        if (meeting == null) {
            throw ProblemException.notFound("Meeting", id);
        }
        return meeting;
    }

    private static void requireVersion(Meeting meeting, long expected) {
        Versions.check("Meeting", meeting.id, expected, meeting.version);
    }

    private void apply(Meeting meeting, MeetingInput input) {
        FuzzyDate date = FuzzyDates.parse("date", input.date());
        if (input.seriesSlug() != null && Series.findById(input.seriesSlug()) == null) {
            throw ProblemException.invalidField("seriesSlug", "no series has the slug '" + input.seriesSlug() + "'");
        }
        if (input.ordinal() != null) {
            if (input.seriesSlug() == null) {
                throw ProblemException.invalidField("ordinal", "needs a seriesSlug");
            }
            long taken = Meeting.count("seriesSlug = ?1 and ordinal = ?2 and id <> ?3", input.seriesSlug(),
                    input.ordinal(), meeting.id == null ? new UUID(0, 0) : meeting.id);
            if (taken > 0) {
                throw new ProblemException(ProblemType.CONFLICT, "Series " + input.seriesSlug()
                        + " already has a meeting with ordinal " + input.ordinal());
            }
        }
        requireLink("partOfId", meeting.id, input.partOfId());
        requireLink("preparesForId", meeting.id, input.preparesForId());
        sources.requireExisting("sourceIds", input.sourceIds());
        tombstones.requireReferable("hostOrganizationId", Referent.ORGANIZATION, input.hostOrganizationId());

        meeting.title = input.title().trim();
        meeting.kind = input.kind();
        meeting.status = input.status();
        meeting.dateEdtf = date.edtf();
        meeting.earliest = date.earliest();
        meeting.latest = date.latest();
        meeting.searchFrom = date.searchFrom();
        meeting.searchTo = date.searchTo();
        meeting.precision = date.precision().name();
        meeting.dateNote = input.date().note();
        meeting.venue = input.location() == null ? null : input.location().venue();
        meeting.city = input.location() == null ? null : input.location().city();
        meeting.countryCode = input.location() == null ? null : input.location().countryCode();
        meeting.seriesSlug = input.seriesSlug();
        meeting.ordinal = input.ordinal();
        meeting.hostOrganizationId = input.hostOrganizationId();
        meeting.countryCodes = distinct(input.countryCodes(), false);
        meeting.summary = input.summary();
        meeting.topics = distinct(input.topics(), true);
        meeting.outcomes = input.outcomes() == null ? new ArrayList<>() : new ArrayList<>(input.outcomes());
        meeting.partOfId = input.partOfId();
        meeting.preparesForId = input.preparesForId();
        LinkedHashSet<UUID> sourceIds = input.sourceIds() == null ? new LinkedHashSet<>()
                : new LinkedHashSet<>(input.sourceIds());
        if (!sourceIds.equals(meeting.sourceIds)) {
            meeting.sourceIds.clear();
            meeting.sourceIds.addAll(sourceIds);
        }
    }

    /** The target must exist, and following partOf/preparesFor links from it must never lead back to this meeting. */
    private void requireLink(String field, UUID self, UUID target) {
        if (target == null) {
            return;
        }
        if (target.equals(self)) {
            throw ProblemException.invalidField(field, "a meeting cannot refer to itself");
        }
        if (Meeting.findById(target) == null) {
            throw ProblemException.invalidField(field, "meeting " + target + " does not exist");
        }
        if (self != null && sql.query(REACHES, List.of(target, self), row -> row.getBoolean(1)).get(0)) {
            throw ProblemException.invalidField(field, "meeting " + target
                    + " is already, through partOf/preparesFor links, part of or preparing for this meeting");
        }
    }

    private static List<String> distinct(List<String> values, boolean lowerCase) {
        if (values == null) {
            return new ArrayList<>();
        }
        LinkedHashSet<String> result = new LinkedHashSet<>();
        values.forEach(v -> result.add(lowerCase ? v.trim().toLowerCase(Locale.ROOT) : v.trim()));
        return new ArrayList<>(result);
    }

}
