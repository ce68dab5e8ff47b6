package io.summitry.gateway.limits;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import io.summitry.gateway.error.ErrorCode;

/**
 * Holds a parsed document's {@link QueryMeasure measures} against the limits of {@link LimitsConfig}: the first one
 * exceeded is a QUERY_TOO_COMPLEX error naming the limit (its configuration key) and the value found.
 */
public final class QueryLimits {

    private final LimitsConfig limits;

    public QueryLimits(LimitsConfig limits) {
        this.limits = limits;
    }

    /** The error that refuses the document, or null when it is within every limit. */
    public GraphQLError refusal(GraphQLSchema schema, Document document, Map<String, Object> variables) {
        String reason = reason(QueryMeasure.of(schema, document, variables, limits.assumedListSize(),
                limits.maxVisitedFields()));
        // a batched field asked with several argument sets is answered per set (batching.ArgumentSetFetcher)
        return reason == null ? null : error(reason, ErrorCode.QUERY_TOO_COMPLEX);
    }

    private static GraphQLError error(String message, ErrorCode code) {
        return GraphqlErrorBuilder.newError().message(message).extensions(Map.of("code", code.name())).errorType(code)
                .build();
    }

    /** Why the measures are refused, or null when they are within every limit. */
    String reason(QueryMeasure.Measure measure) {
        if (measure.truncated() || measure.fields() > limits.maxVisitedFields()) {
            return "The query expands (through fragments) to more than " + limits.maxVisitedFields()
                    + " fields, the limit (summitry.limits.max-visited-fields)";
        }
        if (measure.depth() > limits.maxDepth()) {
            return "The query's depth is " + measure.depth() + "; the limit is " + limits.maxDepth()
                    + " (summitry.limits.max-depth)";
        }
        if (measure.aliases() > limits.maxAliases()) {
            return "The query uses " + measure.aliases() + " aliases; the limit is " + limits.maxAliases()
                    + " (summitry.limits.max-aliases)";
        }
        if (measure.rootFields() > limits.maxRootFields()) {
            return "The operation selects " + measure.rootFields() + " root fields; the limit is "
                    + limits.maxRootFields() + " (summitry.limits.max-root-fields)";
        }
        if (measure.cost() > limits.maxCost()) {
            return "The query costs " + (measure.cost() == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE
                    : String.valueOf(measure.cost())) + "; the limit is " + limits.maxCost()
                    + " (summitry.limits.max-cost; see Security and limits in the README for the weights)";
        }
        return null;
    }
}
