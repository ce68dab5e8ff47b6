package io.summitry.gateway.client;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * The downstream calls of one GraphQL request, per service, answered as {@code extensions.downstreamCalls}. It is
 * looked up when a client method is invoked (on the resolver's thread, where smallrye has set the request's context)
 * and counted when the call is sent.
 */
public final class DownstreamCalls {

    /** The name of the response extension. */
    public static final String EXTENSION = "downstreamCalls";

    private static final DownstreamCalls NONE = new DownstreamCalls(null);

    private final Map<String, Integer> counts;

    private DownstreamCalls(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /** The counter of the GraphQL request being resolved on this thread, or one that counts nothing. */
    @SuppressWarnings("unchecked")
    public static DownstreamCalls current() {
        SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
        if (context == null) {
            return NONE;
        }
        Object counts = context.getAddedExtensions().computeIfAbsent(EXTENSION, key -> new ConcurrentHashMap<>());
        return new DownstreamCalls((Map<String, Integer>) counts);
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
