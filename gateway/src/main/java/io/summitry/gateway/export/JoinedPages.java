package io.summitry.gateway.export;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.summitry.api.meetings.MeetingDto;
import io.summitry.gateway.error.ErrorCode;
import io.summitry.gateway.error.GatewayException;

/**
 * The pages of a walk with their joins, in order, with up to {@link #DEPTH} pages' joins read at once: a page's list
 * must wait for the previous page's cursor, but its joins need not wait for the previous page's joins, so the
 * services' round trips overlap instead of adding up. Memory stays bounded by the depth, whatever the number of pages.
 */
final class JoinedPages implements AutoCloseable {

    /** Pages whose joins are read at once: a few batch calls each, well inside each service's bulkhead. */
    static final int DEPTH = 3;

    private final MeetingPages pages;
    private final PageJoins.Depth depth;
    private final Services services;
    private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
    private boolean exhausted;

    JoinedPages(MeetingPages pages, PageJoins.Depth depth, Services services) {
        this.pages = pages;
        this.depth = depth;
        this.services = services;
    }

    /** The next page with its joins, or null after the last. */
    PageJoins next() {
        while (!exhausted && inFlight.size() < DEPTH) {
            List<MeetingDto> page = pages.nextPage();
            if (page == null) {
                exhausted = true;
            } else {
                inFlight.add(new InFlight(page, read(page)));
            }
        }
        InFlight head = inFlight.poll();
        if (head == null) {
            return null;
        }
        try {
            return await(head.joins());
        } catch (GatewayException failed) {
            if (!failed.is(ErrorCode.UPSTREAM_UNAVAILABLE)) {
                throw failed;
            }
            // One more try for the page: an export is minutes of calls, and one slow call (a service's cold cache
            // after a bulk load, a pause) should not cost the whole file. A service that is down fails again, at
            // once once its breaker is open, and the transfer is cut.
            return await(read(head.page()));
        }
    }

    private CompletableFuture<PageJoins> read(List<MeetingDto> page) {
        return PageJoins.of(page, depth, services).subscribeAsCompletionStage();
    }

    private PageJoins await(CompletableFuture<PageJoins> joins) {
        try {
            // a page's three levels of calls, each bounded by the clients' deadline
            return joins.get(services.timeout().toMillis() * 3, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a page's joins", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("a page's joins did not come back in time", e);
        }
    }

    private record InFlight(List<MeetingDto> page, CompletableFuture<PageJoins> joins) {
    }

    /** Stops reading what is in flight (an export that failed or was cut). */
    @Override
    public void close() {
        inFlight.forEach(pending -> pending.joins().cancel(true));
        inFlight.clear();
    }
}
