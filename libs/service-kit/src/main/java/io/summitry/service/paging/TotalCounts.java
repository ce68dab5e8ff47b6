package io.summitry.service.paging;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The {@code totalCount} of filtered lists, counted once per filter and reused: a front end asks for the same list
 * page after page and keystroke after keystroke, and counting every match costs more than reading a page. A count
 * is reused for at most {@code summitry.total-count.ttl} (30 s) and forgotten as soon as this service commits a write,
 * so a client sees its own changes at once; another replica's writes show within the time to live
 * (docs/service-api.md, "Totals").
 */
@ApplicationScoped
public class TotalCounts {

    private final Cache<List<?>, Long> counts;

    @Inject
    public TotalCounts(@ConfigProperty(name = "summitry.total-count.ttl", defaultValue = "30s") Duration ttl) {
        this(ttl, 10_000);
    }

    /** For tests: a cache of its own. */
    public TotalCounts(Duration ttl, long maximumSize) {
        this.counts = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maximumSize).build();
    }

    /**
     * The total for a filter: the cached one, or {@code count}'s, then kept.
     *
     * @param key what identifies the filter: the count's SQL and its parameter values, compared by value
     */
    public long of(List<?> key, LongSupplier count) {
        Long known = counts.getIfPresent(key);
        if (known != null) {
            return known;
        }
        // Counted outside the cache's lock: two first requests may both count, neither waits on the other.
        long counted = count.getAsLong();
        counts.put(key, counted);
        return counted;
    }

    /** The total kept for a filter, if there is one; see {@link #keep}. For counts made many filters at a time. */
    public Long known(List<?> key) {
        return counts.getIfPresent(key);
    }

    /** Keeps a total counted by the caller. */
    public void keep(List<?> key, long total) {
        counts.put(key, total);
    }

    /** Forgets every total: any write may change any of them. */
    public void forget() {
        counts.invalidateAll();
    }

    /** Every transaction of these services is a write (reads run without one), so its end forgets the totals. */
    void afterTransaction(@Observes @Destroyed(TransactionScoped.class) Object transaction) {
        forget();
    }
}
