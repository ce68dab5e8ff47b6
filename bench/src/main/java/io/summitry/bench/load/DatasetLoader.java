package io.summitry.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.summitry.bench.data.Dataset;
import io.summitry.bench.data.Dataset.Meeting;
import io.summitry.bench.data.Dataset.Person;
import io.summitry.bench.data.Dataset.Position;
import io.summitry.edtf.FuzzyDate;

/**
 * Bulk-loads a {@link Dataset} into the services' own databases (already migrated by Flyway when the services
 * started) with COPY: emptying the tables first, loading parents before children, then ANALYZE.
 */
public final class DatasetLoader {

    private static final String USER = "postgres";

    private DatasetLoader() {
    }

    /** What a load did: rows per table and how long it took. */
    public record Report(List<String> tables, long rows, long millis) {
    }

    /** Empties the tables this loader fills and loads the dataset into both databases. */
    public static Report load(Dataset data, String peopleJdbcUrl, String meetingsJdbcUrl) throws SQLException {
        long start = System.nanoTime();
        List<String> lines = new ArrayList<>();
        long rows = 0;
        try (Connection people = connect(peopleJdbcUrl)) {
            // skips foreign-key triggers during the bulk load; the generator makes the references consistent
            exec(people, "set session_replication_role = replica");
            // cascade: also empties whatever else refers to these tables (its rows would dangle)
            exec(people, "truncate organization, person cascade");
            rows += count(lines, "organization", Copy.into(people,
                    "organization (id, name, acronym, kind, country_code, parent_id)", data.organizations(),
                    o -> Arrays.asList(o.id(), o.name(), o.acronym(), o.kind(), o.countryCode(), o.parentId())));
            rows += count(lines, "person", Copy.into(people,
                    "person (id, name, given_name, family_name, nationality, names)", data.people(),
                    p -> Arrays.asList(p.id(), p.name(), p.givenName(), p.familyName(), p.nationality(),
                            searchNames(p))));
            List<Object[]> otherNames = data.people().stream().flatMap(p -> IntStream
                    .range(0, p.otherNames().size())
                    .mapToObj(i -> new Object[] { p.id(), i, p.otherNames().get(i).name(),
                            p.otherNames().get(i).lang() }))
                    .toList();
            rows += count(lines, "person_other_name", Copy.into(people,
                    "person_other_name (person_id, ordinal, name, lang)", otherNames, Arrays::asList));
            rows += count(lines, "position", Copy.into(people,
                    "position (id, person_id, organization_id, title, start_edtf, start_earliest, start_latest,"
                            + " start_precision, end_edtf, end_earliest, end_latest, end_precision)",
                    data.positions(), DatasetLoader::positionRow));
            exec(people, "analyze");
        }
        try (Connection meetings = connect(meetingsJdbcUrl)) {
            exec(meetings, "set session_replication_role = replica");
            exec(meetings, "truncate meeting, source, series cascade");
            rows += count(lines, "series", Copy.into(meetings, "series (slug, name, acronym)", data.series(),
                    s -> Arrays.asList(s.slug(), s.name(), s.acronym())));
            rows += count(lines, "source", Copy.into(meetings, "source (id, title, publisher, published_on, url)",
                    data.sources(), s -> Arrays.asList(s.id(), s.title(), s.publisher(), s.publishedOn(), s.url())));
            rows += count(lines, "meeting", Copy.into(meetings,
                    "meeting (id, title, kind, status, date_edtf, earliest, latest, precision, venue, city,"
                            + " country_code, series_slug, ordinal, host_organization_id, country_codes, summary,"
                            + " topics, search_from, search_to)",
                    data.meetings(), DatasetLoader::meetingRow));
            List<Object[]> meetingSources = data.meetings().stream()
                    .flatMap(m -> m.sourceIds().stream().map(s -> new Object[] { m.id(), s })).toList();
            rows += count(lines, "meeting_source", Copy.into(meetings, "meeting_source (meeting_id, source_id)",
                    meetingSources, Arrays::asList));
            rows += count(lines, "participant", Copy.into(meetings,
                    "participant (id, meeting_id, person_id, role, delegation_country_code, title_as_reported)",
                    data.participants(), p -> Arrays.asList(p.id(), p.meetingId(), p.personId(), p.role(),
                            p.delegationCountryCode(), p.titleAsReported())));
            rows += count(lines, "statement", Copy.into(meetings,
                    "statement (id, meeting_id, kind, text, source_id)", data.statements(),
                    s -> Arrays.asList(s.id(), s.meetingId(), s.kind(), s.text(), s.sourceId())));
            rows += count(lines, "statement_speaker", Copy.into(meetings,
                    "statement_speaker (statement_id, ordinal, person_id)", data.statements(),
                    s -> Arrays.asList(s.id(), 0, s.speakerId())));
            exec(meetings, "analyze");
        }
        return new Report(lines, rows, (System.nanoTime() - start) / 1_000_000);
    }

    /** Every name of a person joined by '|', as people-service keeps it for its typeahead. */
    static String searchNames(Person p) {
        return Stream.concat(Stream.of(p.name(), p.givenName(), p.familyName()),
                p.otherNames().stream().map(Dataset.OtherName::name))
                .filter(Objects::nonNull).collect(Collectors.joining("|"));
    }

    private static List<?> positionRow(Position p) {
        List<Object> row = new ArrayList<>(Arrays.asList(p.id(), p.personId(), p.organizationId(), p.title()));
        row.addAll(dateColumns(p.startEdtf()));
        row.addAll(dateColumns(p.endEdtf()));
        return row;
    }

    private static List<?> meetingRow(Meeting m) {
        List<Object> row = new ArrayList<>(Arrays.asList(m.id(), m.title(), m.kind(), m.status()));
        row.addAll(dateColumns(m.edtf()));
        row.addAll(Arrays.asList(m.venue(), m.city(), m.locationCountry(), m.seriesSlug(), m.ordinal(),
                m.hostOrganizationId(), m.countryCodes(), m.summary(), m.topics()));
        // The bounds date filters use, as meetings-service writes them.
        FuzzyDate date = m.edtf() == null ? null : FuzzyDate.parse(m.edtf());
        row.add(date == null ? null : date.searchFrom());
        row.add(date == null ? null : date.searchTo());
        return row;
    }

    private static List<Object> dateColumns(String edtf) {
        if (edtf == null) {
            return Arrays.asList(null, null, null, null);
        }
        FuzzyDate date = FuzzyDate.parse(edtf);
        return Arrays.asList(edtf, date.earliest(), date.latest(), date.precision().name());
    }

    private static long count(List<String> lines, String table, long rows) {
        lines.add(table + ": " + rows);
        return rows;
    }

    static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, USER, "");
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
