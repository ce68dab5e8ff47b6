package io.summitry.gateway.observability;

import java.util.Map;

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
            Map<String, Integer> errors) {
        Log.infof("graphql operation=%s type=%s outcome=%s durationMs=%d downstreamCalls=%s errors=%s", operation,
                type, errors.isEmpty() ? "success" : "error", durationMillis, downstreamCalls, errors);
    }
}
