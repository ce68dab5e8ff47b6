package io.summitry.bench.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.summitry.bench.query.BenchQuery;
import io.summitry.bench.query.GraphQlClient;
import io.summitry.bench.query.QueryCase;

/** Reads the gateway's per-request downstream call counter ({@code extensions.downstreamCalls}) for each query. */
public final class CallCounts {

    /** The page sizes the list is counted at: the count must not grow with the page. */
    public static final List<Integer> PAGE_SIZES = List.of(1, 20, 100);

    /**
     * One query at one page size: the calls per service the gateway reported and the calls its shape allows (a level
     * whose items carry no key, such as a page of meetings without hosts, costs no call).
     */
    public record Row(String label, int pageSize, Map<String, Integer> observed, Map<String, Integer> expected) {
        /** The shape's count exactly. */
        public boolean exact() {
            return new TreeMap<>(observed).equals(new TreeMap<>(expected));
        }

        /** No service called more often than the shape allows. */
        public boolean withinShape() {
            return observed.entrySet().stream()
                    .allMatch(e -> e.getValue() <= expected.getOrDefault(e.getKey(), 0));
        }
    }

    private CallCounts() {
    }

    /** Counts every case once, and the meeting list (page 1) once per page size. */
    public static List<Row> count(GraphQlClient gateway, List<QueryCase> cases) {
        List<Row> rows = new ArrayList<>();
        for (QueryCase c : cases) {
            if (c.query() == BenchQuery.MEETING_LIST) {
                for (int size : PAGE_SIZES) {
                    Map<String, Object> vars = new LinkedHashMap<>(c.variables());
                    vars.remove("after");
                    vars.put("first", size);
                    rows.add(row(gateway, new QueryCase(c.query(), vars, "meeting list"), size));
                }
            } else {
                rows.add(row(gateway, c, 0));
            }
        }
        return rows;
    }

    private static Row row(GraphQlClient gateway, QueryCase c, int pageSize) {
        JsonNode calls = gateway.send(c).at("/extensions/downstreamCalls");
        Map<String, Integer> observed = new TreeMap<>();
        calls.fields().forEachRemaining(e -> observed.put(e.getKey(), e.getValue().asInt()));
        return new Row(c.label(), pageSize, observed, c.query().expectedCalls());
    }
}
