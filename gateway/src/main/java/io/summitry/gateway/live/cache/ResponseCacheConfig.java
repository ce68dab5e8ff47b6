package io.summitry.gateway.live.cache;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The response cache of query answers ({@link ResponseCache}). */
@ConfigMapping(prefix = "summitry.response-cache")
public interface ResponseCacheConfig {

    /** Whether query answers are cached at all; {@code extensions.responseCache.hit} is false on every answer when off. */
    @WithDefault("true")
    boolean enabled();

    /** How many answers are kept, at most; the least used go first. */
    @WithDefault("10000")
    long maximumSize();

    /**
     * How long an answer is kept at most, a safety net: the change streams evict what a change could alter long
     * before.
     */
    @WithDefault("10m")
    Duration ttl();

    /**
     * Per GraphQL type ({@code summitry.response-cache.types."Meeting".ttl=30s}, {@code ….enabled=false}): an answer
     * holding a type is kept for the shortest TTL of its types, and not at all when one of them is off.
     */
    Map<String, TypePolicy> types();

    interface TypePolicy {

        /** Whether answers holding this type are cached. */
        @WithDefault("true")
        boolean enabled();

        /** The TTL of answers holding this type, when shorter than the cache's. */
        Optional<Duration> ttl();
    }
}
