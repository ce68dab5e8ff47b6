package io.summitry.bench.check;

import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import io.summitry.bench.query.BenchQuery;
import io.summitry.bench.query.GlobalIds;
import io.summitry.bench.query.GraphQlClient;
import io.summitry.bench.query.QueryCase;

/**
 * Chooses each query's variables from the data (the busiest official, the busiest series…), sends it through a
 * GraphQL endpoint and compares the answer with what the databases say, field by field where it matters.
 */
public final class AnswerChecker {

    /** The filtered list: country + date range + full-text word, page {@link #LIST_PAGE} via cursors. */
    static final String LIST_COUNTRY = "KR";
    static final LocalDate LIST_FROM = LocalDate.of(2005, 1, 1);
    static final LocalDate LIST_TO = LocalDate.of(2025, 12, 31);
    static final String LIST_TEXT = "cyber";
    static final int LIST_PAGE = 5;

    private final Db db;
    private final GraphQlClient gateway;
    private final int pageSize;
    private final List<String> findings = new ArrayList<>();

    public AnswerChecker(Db db, GraphQlClient gateway, int pageSize) {
        this.db = db;
        this.gateway = gateway;
        this.pageSize = pageSize;
    }

    /** What was wrong, one line per difference; empty when every answer matched. */
    public List<String> findings() {
        return findings;
    }

    /** Builds the cases (walking the list to its page 5 cursor) and checks every answer; see {@link #findings()}. */
    public List<QueryCase> checkAll() throws SQLException {
        List<QueryCase> cases = new ArrayList<>();
        cases.add(checkTypeahead());
        cases.add(checkMeetingList());
        cases.add(checkMeetingDetail());
        cases.add(checkPersonProfile());
        cases.add(checkSeriesView());
        cases.add(checkWideTypeahead());
        return cases;
    }

    private String busiestPerson() throws SQLException {
        return Db.one(db.meetings(), "select person_id from participant group by person_id order by count(*) desc,"
                + " person_id limit 1");
    }

    private String typeaheadText() throws SQLException {
        String name = Db.one(db.people(), "select name from person where id = ?::uuid", busiestPerson());
        return name.substring(0, Math.min(7, name.length()));
    }

    QueryCase checkTypeahead() throws SQLException {
        String text = typeaheadText();
        QueryCase c = new QueryCase(BenchQuery.TYPEAHEAD, Map.of("text", text), "typeahead");
        JsonNode edges = gateway.send(c).at("/data/people/edges");
        if (edges.isEmpty()) {
            fail(c, "no match for '" + text + "', though the busiest person's name starts with it");
        }
        for (JsonNode edge : edges) {
            JsonNode node = edge.get("node");
            Map<String, Object> row = first(Db.rows(db.people(), "select name, names from person where id = ?::uuid",
                    GlobalIds.uuid(node.get("id"))));
            if (row == null || !Objects.equals(row.get("name"), node.get("name").asText())) {
                fail(c, "person " + GlobalIds.uuid(node.get("id")) + " is not '" + node.get("name").asText()
                        + "' in the database");
            } else if (!normalize((String) row.get("names")).contains(normalize(text))) {
                fail(c, "'" + row.get("name") + "' does not match '" + text + "'");
            }
        }
        return c;
    }

    /** The typeahead's people, with every alias answering the person's own name and other names. */
    QueryCase checkWideTypeahead() throws SQLException {
        String text = typeaheadText();
        QueryCase narrow = new QueryCase(BenchQuery.TYPEAHEAD, Map.of("text", text), "typeahead");
        QueryCase c = new QueryCase(BenchQuery.WIDE_TYPEAHEAD, Map.of("text", text), "wide typeahead (gateway-bound)");
        JsonNode expected = gateway.send(narrow).at("/data/people/edges");
        JsonNode edges = gateway.send(c).at("/data/people/edges");
        if (edges.size() != expected.size() || edges.isEmpty()) {
            fail(c, edges.size() + " people, the typeahead " + expected.size());
        }
        for (int i = 0; i < Math.min(edges.size(), expected.size()); i++) {
            JsonNode node = edges.get(i).get("node");
            JsonNode same = expected.get(i).get("node");
            check(c, "id", same.get("id").asText(), node.get("id").asText());
            for (int n = 1; n <= 30; n++) {
                check(c, "n" + n + " of " + same.get("name").asText(), same.get("name"), node.get("n" + n));
            }
            for (int o = 1; o <= 10; o++) {
                check(c, "o" + o + " of " + same.get("name").asText(), same.get("otherNames"), node.get("o" + o));
            }
        }
        return c;
    }

    QueryCase checkMeetingList() throws SQLException {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("countryCodes", List.of(LIST_COUNTRY));
        filter.put("from", LIST_FROM.toString());
        filter.put("to", LIST_TO.toString());
        filter.put("text", LIST_TEXT);
        List<String> expected = Db.column(db.meetings(), """
                select id from meeting
                where country_codes && array[?]::text[]
                  and search_period && daterange(?, ?, '[]')
                  and search_text like '%' || search_fold(?) || '%'
                order by coalesce(earliest, '-infinity'::date) desc, coalesce(latest, 'infinity'::date) desc, id desc
                """, LIST_COUNTRY, LIST_FROM, LIST_TO, LIST_TEXT);
        int pages = Math.max(1, Math.min(LIST_PAGE, (expected.size() + pageSize - 1) / pageSize));
        String after = null;
        QueryCase c = null;
        JsonNode connection = null;
        for (int page = 1; page <= pages; page++) {
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("filter", filter);
            vars.put("first", pageSize);
            if (after != null) {
                vars.put("after", after);
            }
            c = new QueryCase(BenchQuery.MEETING_LIST, vars, "meeting list, page " + page, page);
            connection = gateway.send(c).at("/data/meetings");
            after = connection.at("/pageInfo/endCursor").asText(null);
        }
        if (connection.get("totalCount").asLong() != expected.size()) {
            fail(c, "totalCount " + connection.get("totalCount") + ", database " + expected.size());
        }
        List<String> expectedPage = expected.subList(Math.min(expected.size(), (pages - 1) * pageSize),
                Math.min(expected.size(), pages * pageSize));
        List<String> got = new ArrayList<>();
        for (JsonNode edge : connection.get("edges")) {
            JsonNode m = edge.get("node");
            got.add(GlobalIds.uuid(m.get("id")));
            checkHost(c, m);
            List<String> participants = Db.column(db.meetings(),
                    "select person_id from participant where meeting_id = ?::uuid order by person_id",
                    GlobalIds.uuid(m.get("id")));
            List<String> gotParticipants = new ArrayList<>();
            for (JsonNode p : m.get("participants")) {
                gotParticipants.add(GlobalIds.uuid(p.at("/person/id")));
                checkPersonName(c, p.get("person"));
            }
            gotParticipants.sort(null);
            if (!participants.equals(gotParticipants)) {
                fail(c, "participants of " + GlobalIds.uuid(m.get("id")) + " differ from the database");
            }
        }
        if (!expectedPage.equals(got)) {
            fail(c, "page " + pages + " has " + got + ", the database " + expectedPage);
        }
        return c;
    }

    QueryCase checkMeetingDetail() throws SQLException {
        String id = Db.one(db.meetings(), "select meeting_id from statement group by meeting_id"
                + " order by count(*) desc, meeting_id limit 1");
        QueryCase c = new QueryCase(BenchQuery.MEETING_DETAIL, Map.of("id", GlobalIds.of("Meeting", id)),
                "meeting detail");
        JsonNode m = gateway.send(c).at("/data/meeting");
        Map<String, Object> row = first(Db.rows(db.meetings(),
                "select title, date_edtf, earliest, latest from meeting where id = ?::uuid", id));
        check(c, "title", row.get("title"), m.get("title").asText());
        check(c, "date.edtf", row.get("date_edtf"), m.at("/date/edtf").asText());
        LocalDate from = row.get("earliest") == null ? null : ((java.sql.Date) row.get("earliest")).toLocalDate();
        LocalDate to = row.get("latest") == null ? null : ((java.sql.Date) row.get("latest")).toLocalDate();
        Map<String, String> expectedParticipants = new HashMap<>();
        for (String person : Db.column(db.meetings(),
                "select person_id from participant where meeting_id = ?::uuid", id)) {
            expectedParticipants.put(person, positionAt(person, from, to));
        }
        Map<String, String> gotParticipants = new HashMap<>();
        for (JsonNode p : m.get("participants")) {
            checkPersonName(c, p.get("person"));
            JsonNode position = p.get("position");
            gotParticipants.put(GlobalIds.uuid(p.at("/person/id")),
                    position == null || position.isNull() ? null : GlobalIds.uuid(position.get("id")));
            if (position != null && !position.isNull()) {
                String orgName = Db.one(db.people(), "select o.name from position p join organization o"
                        + " on o.id = p.organization_id where p.id = ?::uuid", GlobalIds.uuid(position.get("id")));
                check(c, "position organization", orgName, position.at("/organization/name").asText());
            }
        }
        check(c, "participants and their posts at the date", expectedParticipants, gotParticipants);
        List<String> statements = Db.column(db.meetings(),
                "select id from statement where meeting_id = ?::uuid order by id", id);
        List<String> gotStatements = new ArrayList<>();
        for (JsonNode s : m.get("statements")) {
            gotStatements.add(GlobalIds.uuid(s.get("id")));
            checkPersonName(c, s.get("speaker"));
        }
        gotStatements.sort(null);
        check(c, "statements", statements, gotStatements);
        List<String> sources = Db.column(db.meetings(),
                "select source_id from meeting_source where meeting_id = ?::uuid order by source_id", id);
        List<String> gotSources = new ArrayList<>();
        m.get("sources").forEach(s -> gotSources.add(GlobalIds.uuid(s.get("id"))));
        gotSources.sort(null);
        check(c, "sources", sources, gotSources);
        return c;
    }

    /** The post held at [from, to] by the rule of docs/service-api.md, computed in SQL independently of the service. */
    private String positionAt(String person, LocalDate from, LocalDate to) throws SQLException {
        return Db.one(db.people(), """
                select id from position
                where person_id = ?::uuid
                  and (start_earliest is null or ?::date is null or start_earliest <= ?::date)
                  and (end_latest is null or ?::date is null or end_latest >= ?::date)
                order by (start_latest is not null and ?::date is not null and start_latest <= ?::date
                          and (end_edtf is null or (end_earliest is not null and ?::date is not null
                                                    and end_earliest >= ?::date))) desc,
                         start_earliest desc nulls last, id
                limit 1
                """, person, to, to, from, from, from, from, to, to);
    }

    QueryCase checkPersonProfile() throws SQLException {
        String id = busiestPerson();
        QueryCase c = new QueryCase(BenchQuery.PERSON_PROFILE, Map.of("id", GlobalIds.of("Person", id)),
                "person profile");
        JsonNode p = gateway.send(c).at("/data/person");
        check(c, "name", Db.one(db.people(), "select name from person where id = ?::uuid", id), p.get("name").asText());
        List<String> positions = Db.column(db.people(), "select id from position where person_id = ?::uuid"
                + " order by id", id);
        List<String> gotPositions = new ArrayList<>();
        p.get("positions").forEach(x -> gotPositions.add(GlobalIds.uuid(x.get("id"))));
        gotPositions.sort(null);
        check(c, "positions", positions, gotPositions);
        List<String> meetings = Db.column(db.meetings(), """
                select m.id from meeting m join participant p on p.meeting_id = m.id
                where p.person_id = ?::uuid
                order by coalesce(m.earliest, '-infinity'::date) desc, coalesce(m.latest, 'infinity'::date) desc,
                         m.id desc
                """, id);
        JsonNode connection = p.get("meetings");
        check(c, "meetings totalCount", (long) meetings.size(), connection.get("totalCount").asLong());
        List<String> got = new ArrayList<>();
        connection.get("edges").forEach(e -> got.add(GlobalIds.uuid(e.at("/node/id"))));
        check(c, "last 20 meetings", meetings.subList(0, Math.min(20, meetings.size())), got);
        return c;
    }

    QueryCase checkSeriesView() throws SQLException {
        String slug = Db.one(db.meetings(), "select series_slug from meeting where series_slug is not null"
                + " group by series_slug order by count(*) desc, series_slug limit 1");
        QueryCase c = new QueryCase(BenchQuery.SERIES_VIEW, Map.of("slug", slug), "series view");
        JsonNode s = gateway.send(c).at("/data/series");
        List<String> expected = Db.column(db.meetings(),
                "select id from meeting where series_slug = ? order by ordinal", slug);
        List<String> got = new ArrayList<>();
        for (JsonNode m : s.get("meetings")) {
            got.add(GlobalIds.uuid(m.get("id")));
            checkHost(c, m);
        }
        check(c, "rounds in ordinal order", expected, got);
        return c;
    }

    private void checkHost(QueryCase c, JsonNode meeting) throws SQLException {
        String hostId = Db.one(db.meetings(), "select host_organization_id from meeting where id = ?::uuid",
                GlobalIds.uuid(meeting.get("id")));
        JsonNode host = meeting.get("host");
        String gotId = host == null || host.isNull() ? null : GlobalIds.uuid(host.get("id"));
        check(c, "host of " + GlobalIds.uuid(meeting.get("id")), hostId, gotId);
        if (hostId != null && gotId != null) {
            check(c, "host name", Db.one(db.people(), "select name from organization where id = ?::uuid", hostId),
                    host.get("name").asText());
        }
    }

    private void checkPersonName(QueryCase c, JsonNode person) throws SQLException {
        String name = Db.one(db.people(), "select name from person where id = ?::uuid",
                GlobalIds.uuid(person.get("id")));
        check(c, "name of person " + GlobalIds.uuid(person.get("id")), name, person.get("name").asText());
    }

    private void check(QueryCase c, String what, Object expected, Object got) {
        if (!Objects.equals(expected, got)) {
            fail(c, what + ": expected " + expected + ", got " + got);
        }
    }

    private void fail(QueryCase c, String message) {
        findings.add(c.label() + ": " + message);
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    /** Like people-service's search_norm: lower case, no accents, no spaces or punctuation. */
    static String normalize(String s) {
        String stripped = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.toLowerCase().replaceAll("[\\s'’‘.,‐-]+", "");
    }
}
