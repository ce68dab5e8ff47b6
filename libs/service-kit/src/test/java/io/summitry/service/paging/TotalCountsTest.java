package io.summitry.service.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class TotalCountsTest {

    private final AtomicInteger counted = new AtomicInteger();
    private final TotalCounts totals = new TotalCounts(Duration.ofMinutes(1), 100);

    private long count() {
        counted.incrementAndGet();
        return 42;
    }

    @Test
    void shouldCountAFilterOnceAndReuseTheTotal() {
        assertThat(totals.of(List.of("select count(*) …", List.of("KR")), this::count)).isEqualTo(42);
        assertThat(totals.of(List.of("select count(*) …", List.of("KR")), this::count)).isEqualTo(42);

        assertThat(counted).hasValue(1);
    }

    @Test
    void shouldCountEachFilterOnItsOwn() {
        totals.of(List.of("select count(*) …", List.of("KR")), this::count);
        totals.of(List.of("select count(*) …", List.of("JP")), this::count);

        assertThat(counted).hasValue(2);
    }

    @Test
    void shouldCountAgainAfterAWrite() {
        totals.of(List.of("q", List.of()), this::count);
        totals.forget();
        totals.of(List.of("q", List.of()), this::count);

        assertThat(counted).hasValue(2);
    }

    @Test
    void shouldCountAgainOnceTheTotalIsOld() throws InterruptedException {
        TotalCounts shortLived = new TotalCounts(Duration.ofMillis(50), 100);
        shortLived.of(List.of("q"), this::count);
        Thread.sleep(120);
        shortLived.of(List.of("q"), this::count);

        assertThat(counted).hasValue(2);
    }
}
