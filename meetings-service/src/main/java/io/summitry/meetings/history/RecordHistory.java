package io.summitry.meetings.history;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.envers.AuditReaderFactory;

import io.summitry.api.FuzzyDateInput;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.MeetingInput;
import io.summitry.api.meetings.SeriesDto;
import io.summitry.api.meetings.SourceDto;
import io.summitry.meetings.meeting.Meeting;
import io.summitry.meetings.meeting.MeetingService;
import io.summitry.meetings.series.Series;
import io.summitry.meetings.source.Source;
import io.summitry.problem.ProblemException;
import io.summitry.service.history.ChangeStore;
import io.summitry.service.history.Historied;
import io.summitry.service.history.WriteContext;

/**
 * Meetings, series and sources as they stood at an instant (read from Envers' audit tables at the newest revision
 * committed by then), and a meeting restored to an earlier revision.
 */
@ApplicationScoped
public class RecordHistory {

    @Inject
    EntityManager em;
    @Inject
    ChangeStore changes;
    @Inject
    WriteContext write;
    @Inject
    MeetingService meetings;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MeetingDto> meetingAsOf(UUID id, Instant at) {
        return Optional.ofNullable(find(Meeting.class, id, changes.revisionAt(at))).map(m -> (MeetingDto) m.historyState());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SeriesDto> seriesAsOf(String slug, Instant at) {
        return Optional.ofNullable(find(Series.class, slug, changes.revisionAt(at))).map(Series::toDto);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SourceDto> sourceAsOf(UUID id, Instant at) {
        return Optional.ofNullable(find(Source.class, id, changes.revisionAt(at))).map(Source::toDto);
    }

    /** The history id of a series: its slug's name-based UUID. */
    public static UUID seriesKey(String slug) {
        return Historied.keyOf(Series.class, slug);
    }

    /**
     * Puts back a meeting's own fields as they stood at a revision that changed it or one of its children, through
     * the same checks as an update: a new revision whose change is RESTORED. Children are restored one by one.
     */
    @Transactional
    public MeetingDto restoreMeeting(UUID id, long revision, long expectedVersion) {
        Meeting now = Meeting.findById(id);
        if (now == null) {
            throw ProblemException.notFound("Meeting", id);
        }
        Meeting then = changes.touched(revision, "Meeting", id) ? find(Meeting.class, id, revision) : null;
        if (then == null) {
            throw ProblemException.invalidField("revision", "revision " + revision + " holds no state of meeting " + id);
        }
        MeetingDto old = (MeetingDto) then.historyState();
        write.markRestoring();
        return meetings.update(id, expectedVersion, new MeetingInput(old.title(), old.kind(), old.status(),
                new FuzzyDateInput(old.date().edtf(), old.date().note()), old.location(), old.seriesSlug(),
                old.ordinal(), old.hostOrganizationId(), old.countryCodes(), old.summary(), old.topics(),
                old.outcomes(), old.partOfId(), old.preparesForId(), old.sourceIds()));
    }

    private <T> T find(Class<T> type, Object id, long revision) {
        return revision == 0 ? null : AuditReaderFactory.get(em).find(type, id, revision);
    }
}
