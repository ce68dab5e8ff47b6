package io.summitry.meetings.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.summitry.service.history.Historied;
import io.summitry.api.meetings.MeetingKind;
import io.summitry.api.meetings.MeetingStatus;
import io.summitry.problem.ProblemException;

/**
 * A meeting as written. The fuzzy date is kept as its EDTF text plus the bounds and precision derived from it;
 * the database adds the search period and the folded search text (generated columns, not mapped). Reads go through
 * {@link MeetingRows}.
 */
@Entity
@Audited
public class Meeting extends PanacheEntityBase implements Historied {

    @Id
    @GeneratedValue
    public UUID id;
    public String title;
    @Enumerated(EnumType.STRING)
    public MeetingKind kind;
    @Enumerated(EnumType.STRING)
    public MeetingStatus status;
    @Column(name = "date_edtf")
    public String dateEdtf;
    public LocalDate earliest;
    public LocalDate latest;
    public String precision;
    /** earliest/latest widened for ~, ? and %: the bounds date filters use. */
    @Column(name = "search_from")
    public LocalDate searchFrom;
    @Column(name = "search_to")
    public LocalDate searchTo;
    @Column(name = "date_note")
    public String dateNote;
    public String venue;
    public String city;
    @Column(name = "country_code")
    public String countryCode;
    @Column(name = "series_slug")
    public String seriesSlug;
    public Integer ordinal;
    @Column(name = "host_organization_id")
    public UUID hostOrganizationId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "country_codes", columnDefinition = "text[]")
    public List<String> countryCodes = new ArrayList<>();
    public String summary;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> topics = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> outcomes = new ArrayList<>();
    @Column(name = "part_of_id")
    public UUID partOfId;
    @Column(name = "prepares_for_id")
    public UUID preparesForId;
    @ElementCollection
    @CollectionTable(name = "meeting_source", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "source_id")
    public Set<UUID> sourceIds = new LinkedHashSet<>();
    @Version
    public long version;

    /** For writes of a meeting's children: an unknown meeting is a 404. */
    public static void requireExists(UUID id) {
        if (count("id", id) == 0) {
            throw ProblemException.notFound("Meeting", id);
        }
    }

    @Override
    public String historyTypename() {
        return "Meeting";
    }

    @Override
    public UUID historyId() {
        return id;
    }

    @Override
    public Object historyState() {
        return MeetingRows.of(this);
    }
}
