package io.summitry.gateway.observability;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the gateway labels its GraphQL metrics. */
@ConfigMapping(prefix = "summitry.observability")
public interface ObservabilityConfig {

    /** Distinct operation names kept as the {@code operation} label; later names are counted as "other". */
    @WithDefault("100")
    int maxOperationNames();
}
