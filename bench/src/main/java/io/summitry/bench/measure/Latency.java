package io.summitry.bench.measure;

import java.util.concurrent.Callable;

import org.HdrHistogram.Histogram;

/** Times a task one call after another (no concurrency) and answers its percentiles in milliseconds. */
public final class Latency {

    /** p50, p95 and p99 of one series of timings, in milliseconds. */
    public record Percentiles(double p50, double p95, double p99, long count) {
    }

    private Latency() {
    }

    /** Runs {@code warmup} untimed calls, then {@code iterations} timed ones; the task answers its own nanos. */
    public static Percentiles measure(int warmup, int iterations, Callable<Long> timedTask) throws Exception {
        for (int i = 0; i < warmup; i++) {
            timedTask.call();
        }
        Histogram histogram = new Histogram(60_000_000_000L, 3);
        for (int i = 0; i < iterations; i++) {
            histogram.recordValue(Math.max(1, timedTask.call()));
        }
        return new Percentiles(ms(histogram.getValueAtPercentile(50)), ms(histogram.getValueAtPercentile(95)),
                ms(histogram.getValueAtPercentile(99)), histogram.getTotalCount());
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
