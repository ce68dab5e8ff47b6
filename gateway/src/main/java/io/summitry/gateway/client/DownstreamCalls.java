package io.summitry.gateway.client;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * The downstream calls of one GraphQL request, per service, answered as {@code extensions.downstreamCalls}. It is
 * looked up when a client method is invoked (on the resolver's thread, where smallrye has set the request's context)
 * and counted when the call is sent. It also keeps the request's deadline for the services ({@link #deadline}).
 */
public final class DownstreamCalls {

    /** The name of the response extension. */
    public static final String EXTENSION = "downstreamCalls";

    /** Where the request's deadline is kept: in graphql-java's context of the execution, not in the answer. */
    private static final String DEADLINE = DownstreamCalls.class.getName() + ".deadline";

    private static final DownstreamCalls NONE = new DownstreamCalls(null, null);

    private final Map<String, Integer> counts;
    private final GraphQLContext request;

    private DownstreamCalls(Map<String, Integer> counts, GraphQLContext request) {
        this.counts = counts;
        this.request = request;
    }

    /** The counter of the GraphQL request being resolved on this thread, or one that counts nothing. */
    @SuppressWarnings("unchecked")
    public static DownstreamCalls current() {
        SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
        if (context == null) {
            return NONE;
        }
        Object counts = context.getAddedExtensions().computeIfAbsent(EXTENSION, key -> new ConcurrentHashMap<>());
        GraphQLContext request = context.getExecutionInput() != null
                ? context.getExecutionInput().getGraphQLContext()
                : context.getDataFetchingEnvironment() != null
                        ? context.getDataFetchingEnvironment().getGraphQlContext()
                        : null;
        return new DownstreamCalls((Map<String, Integer>) counts, request);
    }

    /**
     * The moment ({@link System#nanoTime()}) by which the request's calls must be answered: its first call plus the
     * budget, the same for every later call of the request. Outside a GraphQL request, now plus the budget.
     */
    long deadline(Duration budget) {
        if (request == null) {
            return System.nanoTime() + budget.toNanos();
        }
        return request.computeIfAbsent(DEADLINE, key -> System.nanoTime() + budget.toNanos());
    }

    void record(String service) {
        if (counts != null) {
            counts.merge(service, 1, Integer::sum);
        }
    }

    /** A snapshot, sorted by service. */
    public Map<String, Integer> snapshot() {
        return counts == null ? Map.of() : new TreeMap<>(counts);
    }
}
