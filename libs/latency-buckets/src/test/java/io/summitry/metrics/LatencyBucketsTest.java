package io.summitry.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class LatencyBucketsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    LatencyBucketsTest() {
        registry.config().meterFilter(new LatencyBuckets().httpServerLatencyBuckets());
    }

    @Test
    void shouldCountEveryServerRequestInTheFixedBucketsOnly() {
        Timer requests = registry.timer(LatencyBuckets.HTTP_SERVER_REQUESTS, "uri", "/people/{id}");
        requests.record(Duration.ofMillis(3));
        requests.record(Duration.ofMillis(30));
        requests.record(Duration.ofSeconds(9));

        CountAtBucket[] buckets = requests.takeSnapshot().histogramCounts();

        assertThat(Arrays.stream(buckets).map(b -> Duration.ofNanos((long) b.bucket())))
                .containsExactlyElementsOf(LatencyBuckets.BOUNDS);
        assertThat(Arrays.stream(buckets).map(CountAtBucket::count))
                .containsExactly(1.0, 1.0, 1.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0);
        assertThat(requests.takeSnapshot().percentileValues()).as("no percentile computed in the app").isEmpty();
    }

    @Test
    void shouldLeaveOtherTimersWithoutBuckets() {
        Timer other = registry.timer("http.client.requests");
        other.record(Duration.ofMillis(3));

        assertThat(other.takeSnapshot().histogramCounts()).isEmpty();
    }
}
