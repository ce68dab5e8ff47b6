package io.summitry.gateway.client;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Deadlines of the calls to the services (connect and read timeouts are the rest clients' own settings). */
@ConfigMapping(prefix = "summitry.downstream")
public interface DownstreamConfig {

    /** How long one call may take, end to end, before the field it serves fails as UPSTREAM_UNAVAILABLE. */
    @WithDefault("3s")
    Duration deadline();
}
