package io.summitry.bench.measure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.summitry.bench.query.GlobalIds;
import io.summitry.bench.query.GraphQlClient;
import io.summitry.bench.query.QueryCase;

/**
 * The same queries for the peer: its own query text ({@code bench/peer/queries}), the same inputs, and its answers
 * compared with Summitry's (which were checked against the databases): the same ids must come back.
 */
final class PeerCases {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PeerCases() {
    }

    /** The JSON body that asks the peer what {@code ours} asks Summitry, after checking the peer answers alike. */
    static String body(QueryCase ours, String text, GraphQlClient peer, GraphQlClient gateway,
            List<String> findings) throws Exception {
        Map<String, Object> v = ours.variables();
        Map<String, Object> vars = new LinkedHashMap<>();
        switch (ours.query()) {
            case TYPEAHEAD, WIDE_TYPEAHEAD -> vars.put("text", v.get("text"));
            case MEETING_DETAIL, PERSON_PROFILE -> vars.put("id", GlobalIds.uuid((String) v.get("id")));
            case SERIES_VIEW -> vars.put("slug", v.get("slug"));
            case MEETING_LIST -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> filter = (Map<String, Object>) v.get("filter");
                vars.put("country", filter.get("countryCodes"));
                vars.put("from", filter.get("from"));
                vars.put("to", filter.get("to"));
                vars.put("text", filter.get("text"));
                vars.put("first", String.valueOf(v.get("first")));
                // the peer passes the service's cursors through: walk its own pages to the same page
                for (int page = 1; page < ours.page(); page++) {
                    JsonNode answer = peer.send(body(text, vars), "peer " + ours.label());
                    vars.put("after", answer.at("/data/meetings/pageInfo/endCursor").asText());
                }
            }
        }
        String body = body(text, vars);
        Set<String> theirIds = ids(peer.send(body, "peer " + ours.label()).get("data"));
        Set<String> ourIds = ids(gateway.send(ours).get("data"));
        boolean same = switch (ours.query()) {
            // the peer cannot ask for each participant's post at the date (see peer/mesh.config.ts)
            case MEETING_DETAIL -> ourIds.containsAll(theirIds) && theirIds.size() > 1;
            default -> ourIds.equals(theirIds);
        };
        if (!same) {
            findings.add("peer " + ours.label() + ": ids differ from Summitry's checked answer; only Summitry: "
                    + minus(ourIds, theirIds) + ", only the peer: " + minus(theirIds, ourIds));
        }
        return body;
    }

    static String body(String text, Map<String, Object> vars) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", text);
        body.put("variables", vars);
        return JSON.writeValueAsString(body);
    }

    /** Every value of a field named {@code id} (global ids decoded), anywhere in an answer. */
    static Set<String> ids(JsonNode node) {
        Set<String> out = new HashSet<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, Set<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("id") && e.getValue().isTextual()) {
                    out.add(GlobalIds.uuid(e.getValue().asText()));
                } else {
                    collect(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, out));
        }
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        List<String> out = new ArrayList<>(a);
        out.removeAll(b);
        return out.size() > 5 ? out.subList(0, 5) : out;
    }
}
