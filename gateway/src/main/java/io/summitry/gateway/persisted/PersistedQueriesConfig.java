package io.summitry.gateway.persisted;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Automatic persisted queries (the cache's size is {@code quarkus.cache.caffeine."persisted-queries".maximum-size}). */
@ConfigMapping(prefix = "summitry.graphql.persisted-queries")
public interface PersistedQueriesConfig {

    /** Whether hashes are accepted at all. */
    @WithDefault("true")
    boolean enabled();

    /**
     * An Apollo persisted-query manifest ({@code {"operations":[{"body": "query …"}]}}): when set, only these
     * operations run, by hash or by text; anything else is PERSISTED_QUERY_NOT_ALLOWED.
     */
    Optional<Path> allowList();
}
