package io.summitry.gateway.observability;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quarkus.logging.Log;

/**
 * One line per GraphQL request: operation, type, outcome, duration, downstream calls and error codes, each with how
 * often it occurred (a request with thousands of errors still writes one short line). Never the query text, the
 * variables or any header: those may hold personal data or tokens.
 */
final class GraphQLAccessLog {

    private GraphQLAccessLog() {
    }

    static void write(String operation, String type, long durationMillis, Map<String, Integer> downstreamCalls,
            List<String> errorCodes) {
        Map<String, Integer> errors = new TreeMap<>();
        errorCodes.forEach(code -> errors.merge(code, 1, Integer::sum));
        Log.infof("graphql operation=%s type=%s outcome=%s durationMs=%d downstreamCalls=%s errors=%s", operation,
                type, errors.isEmpty() ? "success" : "error", durationMillis, downstreamCalls, errors);
    }
}
