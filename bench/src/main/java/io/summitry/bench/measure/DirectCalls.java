package io.summitry.bench.measure;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.summitry.bench.check.Db;
import io.summitry.bench.query.GlobalIds;
import io.summitry.bench.query.QueryCase;

/**
 * The REST calls the gateway makes for a query (docs/service-api.md), with the keys read from the databases, so they
 * can be sent straight to the services and their durations summed: the baseline of the gateway-overhead ratio.
 */
public final class DirectCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Db db;
    private final URI people;
    private final URI meetings;

    public DirectCalls(Db db, URI people, URI meetings) {
        this.db = db;
        this.people = people;
        this.meetings = meetings;
    }

    /** The downstream calls of one case, in level order. */
    public List<Rest> of(QueryCase c) throws Exception {
        Map<String, Object> v = c.variables();
        return switch (c.query()) {
            case TYPEAHEAD, WIDE_TYPEAHEAD -> List.of(Rest.get(people, "/people?first=10&text=" + enc(v.get("text"))));
            case MEETING_LIST -> meetingList(c);
            case MEETING_DETAIL -> meetingDetail(GlobalIds.uuid((String) v.get("id")));
            case PERSON_PROFILE -> personProfile(GlobalIds.uuid((String) v.get("id")));
            case SERIES_VIEW -> seriesView((String) v.get("slug"));
        };
    }

    private List<Rest> meetingList(QueryCase c) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> filter = (Map<String, Object>) c.variables().get("filter");
        String query = "/meetings?orderBy=DATE_DESC&first=" + c.variables().get("first") + "&text="
                + enc(filter.get("text")) + "&country=" + enc(((List<?>) filter.get("countryCodes")).get(0)) + "&from="
                + filter.get("from") + "&to=" + filter.get("to");
        // the service's own cursor for the same page: walk its pages as the gateway's cursor walked the gateway's
        String before = null;
        String after = null;
        JsonNode page = null;
        for (int p = 1; p <= c.page(); p++) {
            before = after;
            Rest call = Rest.get(meetings, query + (after == null ? "" : "&after=" + enc(after)));
            page = JSON.readTree(call.send());
            after = page.at("/pageInfo/endCursor").asText(null);
        }
        List<String> ids = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        page.get("edges").forEach(e -> {
            ids.add(e.at("/node/id").asText());
            JsonNode host = e.at("/node/hostOrganizationId");
            if (!host.isMissingNode() && !host.isNull()) {
                hosts.add(host.asText());
            }
        });
        List<String> persons = Db.column(db.meetings(),
                "select distinct person_id from participant where meeting_id = any(?::uuid[])", uuidArray(ids));
        return List.of(Rest.get(meetings, query + (before == null ? "" : "&after=" + enc(before))),
                Rest.post(meetings, "/participants/by-meetings", ids(ids)),
                Rest.post(people, "/organizations/by-ids", ids(hosts)),
                Rest.post(people, "/people/by-ids", ids(persons)));
    }

    private List<Rest> meetingDetail(String id) throws SQLException {
        List<String> participants = Db.column(db.meetings(),
                "select person_id from participant where meeting_id = ?::uuid", id);
        List<String> speakers = Db.column(db.meetings(),
                "select distinct sp.person_id from statement_speaker sp join statement s on s.id = sp.statement_id"
                        + " where s.meeting_id = ?::uuid", id);
        List<String> statementSources = Db.column(db.meetings(),
                "select distinct source_id from statement where meeting_id = ?::uuid and source_id is not null", id);
        Map<String, Object> m = Db.rows(db.meetings(), "select earliest, latest from meeting where id = ?::uuid", id)
                .get(0);
        String at = participants.stream().map(p -> "{\"personId\":\"" + p + "\",\"from\":" + date(m.get("earliest"))
                + ",\"to\":" + date(m.get("latest")) + "}").collect(Collectors.joining(",", "{\"queries\":[", "]}"));
        List<String> orgs = Db.column(db.people(), "select distinct organization_id from position"
                + " where person_id = any(?::uuid[])", uuidArray(participants));
        return List.of(Rest.get(meetings, "/meetings/" + id),
                Rest.post(meetings, "/participants/by-meetings", ids(List.of(id))),
                Rest.post(meetings, "/statements/by-meetings", ids(List.of(id))),
                Rest.post(meetings, "/sources/by-meetings", ids(List.of(id))),
                Rest.post(people, "/people/by-ids", ids(participants)), Rest.post(people, "/positions/at", at),
                Rest.post(people, "/people/by-ids", ids(speakers)),
                Rest.post(meetings, "/sources/by-ids", ids(statementSources)),
                // an upper bound: the organizations of all the participants' posts, not only those held then
                Rest.post(people, "/organizations/by-ids", ids(orgs)));
    }

    private List<Rest> personProfile(String id) throws SQLException {
        List<String> orgs = Db.column(db.people(),
                "select distinct organization_id from position where person_id = ?::uuid", id);
        return List.of(Rest.get(people, "/people/" + id), Rest.post(people, "/positions/by-people", ids(List.of(id))),
                Rest.post(people, "/organizations/by-ids", ids(orgs)),
                Rest.post(meetings, "/meetings/by-participants",
                        "{\"ids\":[\"" + id + "\"],\"orderBy\":\"DATE_DESC\",\"first\":20}"));
    }

    private List<Rest> seriesView(String slug) throws SQLException {
        List<String> hosts = Db.column(db.meetings(), "select distinct host_organization_id from meeting"
                + " where series_slug = ? and host_organization_id is not null", slug);
        return List.of(Rest.get(meetings, "/series/" + enc(slug)),
                Rest.post(meetings, "/series/meetings/by-slugs", ids(List.of(slug))),
                Rest.post(people, "/organizations/by-ids", ids(hosts)));
    }

    private static String uuidArray(List<String> ids) {
        return ids.stream().collect(Collectors.joining(",", "{", "}"));
    }

    private static String date(Object value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static String ids(List<String> keys) {
        try {
            return JSON.writeValueAsString(Map.of("ids", keys));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }
}
