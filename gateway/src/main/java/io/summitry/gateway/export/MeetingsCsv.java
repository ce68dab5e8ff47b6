package io.summitry.gateway.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.summitry.api.FuzzyDateDto;
import io.summitry.api.meetings.LocationDto;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.ParticipantDto;
import io.summitry.api.meetings.SeriesDto;
import io.summitry.api.meetings.SourceDto;
import io.summitry.api.people.OrganizationDto;
import io.summitry.api.people.PersonDto;
import io.summitry.api.people.PositionDto;
import io.summitry.gateway.id.GlobalId;

/**
 * {@code meetings.csv}: one row per meeting, RFC 4180 (Commons CSV quotes what needs it, CRLF line ends), UTF-8, a
 * header row. Cells holding several values separate them with {@code "; "}; a participant reads
 * {@code Name (post title, organization)}, the post held on the meeting's date as Summitry knows it, else the title the
 * source reported; a source reads {@code Title <url>}.
 */
final class MeetingsCsv {

    static final List<String> HEADER = List.of("id", "title", "kind", "status", "date", "date_edtf", "date_earliest",
            "date_latest", "series", "ordinal", "venue", "city", "location_country", "countries", "host_organization",
            "participants", "topics", "summary", "sources");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new))
            .get();

    private final CSVPrinter printer;

    MeetingsCsv(Writer out) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one row per meeting of the page, each row whole. */
    void write(PageJoins page) {
        try {
            for (MeetingDto meeting : page.meetings()) {
                printer.printRecord(row(meeting, page));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(MeetingDto meeting, PageJoins page) {
        FuzzyDateDto date = meeting.date();
        LocationDto location = meeting.location();
        SeriesDto series = meeting.seriesSlug() == null ? null : page.series().get(meeting.seriesSlug());
        OrganizationDto host = meeting.hostOrganizationId() == null ? null
                : page.organizations().get(meeting.hostOrganizationId());
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(GlobalId.encode(GlobalId.MEETING, meeting.id()));
        cells.add(meeting.title());
        cells.add(name(meeting.kind()));
        cells.add(name(meeting.status()));
        cells.add(date == null ? null : date.text());
        cells.add(date == null ? null : date.edtf());
        cells.add(date == null || date.earliest() == null ? null : date.earliest().toString());
        cells.add(date == null || date.latest() == null ? null : date.latest().toString());
        cells.add(series == null ? meeting.seriesSlug() : series.name());
        cells.add(meeting.ordinal() == null ? null : meeting.ordinal().toString());
        cells.add(location == null ? null : location.venue());
        cells.add(location == null ? null : location.city());
        cells.add(location == null ? null : location.countryCode());
        cells.add(joined(meeting.countryCodes()));
        cells.add(host == null ? null : host.name());
        cells.add(page.participantsOf(meeting).stream().map(p -> participant(p, page))
                .collect(Collectors.joining("; ")));
        cells.add(joined(meeting.topics()));
        cells.add(meeting.summary());
        cells.add(meeting.sourceIds() == null ? null : meeting.sourceIds().stream().map(page.sources()::get)
                .filter(s -> s != null).map(MeetingsCsv::source).collect(Collectors.joining("; ")));
        return cells;
    }

    private static String participant(ParticipantDto participant, PageJoins page) {
        PersonDto person = page.people().get(participant.personId());
        String name = person == null ? GlobalId.encode(GlobalId.PERSON, participant.personId()) : person.name();
        PositionDto post = page.postsHeld().get(participant.id());
        String title = post != null ? post.title() : participant.titleAsReported();
        OrganizationDto organization = post == null ? null : page.organizations().get(post.organizationId());
        if (title == null && organization == null) {
            return name;
        }
        return name + " (" + (title == null ? "" : title)
                + (organization == null ? "" : (title == null ? "" : ", ") + organization.name()) + ")";
    }

    private static String source(SourceDto source) {
        return source.url() == null ? source.title() : source.title() + " <" + source.url() + ">";
    }

    private static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join("; ", values);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
