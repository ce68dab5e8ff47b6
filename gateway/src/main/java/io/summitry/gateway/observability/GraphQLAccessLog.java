package io.summitry.gateway.observability;

import java.util.List;
import java.util.Map;

import io.quarkus.logging.Log;

/**
 * One line per GraphQL request: operation, type, outcome, duration, downstream calls and error codes. Never the query
 * text, the variables or any header: those may hold personal data or tokens.
 */
final class GraphQLAccessLog {

    private GraphQLAccessLog() {
    }

    static void write(String operation, String type, long durationMillis, Map<String, Integer> downstreamCalls,
            List<String> errorCodes) {
        Log.infof("graphql operation=%s type=%s outcome=%s durationMs=%d downstreamCalls=%s errors=%s", operation,
                type, errorCodes.isEmpty() ? "success" : "error", durationMillis, downstreamCalls, errorCodes);
    }
}
