package io.summitry.metrics;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * The latency histogram of every app: {@code http_server_requests_seconds_bucket{le=…}} with a few fixed bounds, so
 * that Prometheus computes p99 over all replicas ({@code histogram_quantile(0.99, sum by (le) (rate(…_bucket[5m])))};
 * deploy/monitoring). Fixed service-level bounds rather than Micrometer's percentile histogram (about 70 buckets per
 * series) keep each route to eleven bucket series (the {@link #BOUNDS} and +Inf); no percentile is computed in the
 * app, since a per-replica percentile cannot be summed across replicas.
 */
@Singleton
public class LatencyBuckets {

    /**
     * Upper bounds of the buckets, from a single-row service read (about 1 ms) to the gateway's p99 alert (1 s) and
     * well past it, so a quantile between two bounds is interpolated within one step of 2–2.5×.
     */
    public static final List<Duration> BOUNDS = List.of(Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5));

    /** The meter Quarkus times every HTTP request received with. */
    static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    /** Applied by Quarkus to every registry (a {@link MeterFilter} bean), before any meter is registered. */
    @Produces
    @Singleton
    MeterFilter httpServerLatencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getType() != Meter.Type.TIMER || !HTTP_SERVER_REQUESTS.equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos()).build().merge(config);
            }
        };
    }

    /** The bounds as a timer's distribution configuration holds them. */
    static double[] nanos() {
        return BOUNDS.stream().mapToDouble(Duration::toNanos).toArray();
    }

    /** The bounds for {@code Timer.Builder#serviceLevelObjectives}, for an app's own timers. */
    public static Duration[] asArray() {
        return BOUNDS.toArray(Duration[]::new);
    }
}
