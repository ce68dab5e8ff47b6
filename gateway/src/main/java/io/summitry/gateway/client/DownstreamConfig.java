package io.summitry.gateway.client;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Deadlines and fault tolerance of the calls to the services ({@link ServiceGuards}). Connect and read timeouts are
 * the REST clients' own settings; they only bound how long a connection stays busy, the deadline bounds the caller.
 */
@ConfigMapping(prefix = "summitry.downstream")
public interface DownstreamConfig {

    /**
     * How long one GraphQL request may wait for the services, all its calls together, counted from its first call:
     * each call gets what is left (and no more than this), a retry included; a field whose call runs out of it fails
     * as UPSTREAM_UNAVAILABLE. A call that takes the whole of it counts as a failure for the service's breaker.
     */
    @WithDefault("3s")
    Duration deadline();

    /** The circuit breaker of each service, shared by its reads and writes. */
    Breaker breaker();

    /** How many calls to each service may be in flight and queued. */
    Bulkhead bulkhead();

    interface Breaker {

        /** How many of the latest calls the failure ratio is taken over; the breaker cannot open before that many. */
        @WithDefault("20")
        int requestVolume();

        /** The share of failed (or timed-out) calls among the latest that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /**
         * How long an open breaker fails calls at once before it lets one through to try the service again: short,
         * so that a service that answers again is used again within seconds (a failed try costs one call the
         * deadline, the others still fail at once).
         */
        @WithDefault("1s")
        Duration delay();
    }

    interface Bulkhead {

        /** Calls in flight per service. */
        @WithDefault("32")
        int limit();

        /** Calls waiting for a slot per service; beyond that a call fails at once. */
        @WithDefault("128")
        int queue();
    }
}
