package io.summitry.gateway.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Request limits checked before a query is executed. Depth and complexity are smallrye's own
 * ({@code quarkus.smallrye-graphql.instrumentation-query-depth/-complexity}); this is the parser's token limit.
 */
@ConfigMapping(prefix = "summitry.limits")
public interface LimitsConfig {

    /** The most tokens a query document may have; more is QUERY_TOO_COMPLEX. */
    @WithDefault("5000")
    int maxTokens();

    /** The largest request body accepted, in bytes. */
    @WithDefault("262144")
    long maxBodyBytes();
}
