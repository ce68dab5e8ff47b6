package io.summitry.bench.query;

import java.util.Map;

/** One query with the variables it is sent with, as the measurements replay it; {@code page} of a paged list. */
public record QueryCase(BenchQuery query, Map<String, Object> variables, String label, int page) {

    public QueryCase(BenchQuery query, Map<String, Object> variables, String label) {
        this(query, variables, label, 1);
    }
}
