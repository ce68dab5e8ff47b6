package io.summitry.meetings.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import io.summitry.api.meetings.LocationDto;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.MeetingKind;
import io.summitry.api.meetings.MeetingStatus;
import io.summitry.service.date.FuzzyDates;
import io.summitry.meetings.sql.Rows;

/** The columns every meeting read selects (from a table aliased {@code m}) and how a row becomes a MeetingDto. */
final class MeetingRows {

    static final String COLUMNS = """
            m.id, m.title, m.kind, m.status, m.date_edtf, m.date_note, m.venue, m.city, m.country_code, \
            m.series_slug, m.ordinal, m.host_organization_id, m.country_codes, m.summary, m.topics, m.outcomes, \
            m.part_of_id, m.prepares_for_id, m.version, \
            array(select ms.source_id from meeting_source ms where ms.meeting_id = m.id order by ms.source_id) \
            as source_ids""";

    private MeetingRows() {
    }

    /** The DTO of a meeting entity as written in this transaction (the revision log compares these). */
    static MeetingDto of(Meeting meeting) {
        LocationDto location = meeting.venue == null && meeting.city == null && meeting.countryCode == null ? null
                : new LocationDto(meeting.venue, meeting.city, meeting.countryCode);
        return new MeetingDto(meeting.id, meeting.title, meeting.kind, meeting.status,
                FuzzyDates.stored(meeting.dateEdtf, meeting.dateNote), location, meeting.seriesSlug, meeting.ordinal,
                meeting.hostOrganizationId, List.copyOf(meeting.countryCodes), meeting.summary,
                List.copyOf(meeting.topics), List.copyOf(meeting.outcomes), meeting.partOfId, meeting.preparesForId,
                meeting.sourceIds.stream().sorted().toList(), meeting.version);
    }

    static MeetingDto map(ResultSet row) throws SQLException {
        String venue = row.getString("venue");
        String city = row.getString("city");
        String country = row.getString("country_code");
        LocationDto location = venue == null && city == null && country == null ? null
                : new LocationDto(venue, city, country);
        return new MeetingDto(
                Rows.uuid(row, "id"),
                row.getString("title"),
                MeetingKind.valueOf(row.getString("kind")),
                MeetingStatus.valueOf(row.getString("status")),
                FuzzyDates.stored(row.getString("date_edtf"), row.getString("date_note")),
                location,
                row.getString("series_slug"),
                Rows.integer(row, "ordinal"),
                Rows.uuid(row, "host_organization_id"),
                Rows.strings(row, "country_codes"),
                row.getString("summary"),
                Rows.strings(row, "topics"),
                Rows.strings(row, "outcomes"),
                Rows.uuid(row, "part_of_id"),
                Rows.uuid(row, "prepares_for_id"),
                Rows.uuids(row, "source_ids"),
                row.getLong("version"));
    }
}
