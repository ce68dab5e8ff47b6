package io.summitry.gateway.export;

import java.util.List;

import io.summitry.api.Page;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.api.meetings.MeetingOrder;
import io.summitry.api.meetings.MeetingQuery;

/**
 * The meetings a filter selects, a page at a time, oldest first, walked with meetings-service's keyset cursors: one page
 * is held at a time, whatever the number of meetings. Made on an export's worker thread, it waits for each page there.
 * The first page is read when the walk is opened, so that a filter the service refuses is refused before the export
 * answers anything.
 */
final class MeetingPages {

    /** The largest page meetings-service serves. */
    static final int PAGE_SIZE = 100;

    private final Services services;
    private final MeetingQuery filter;
    private Page<MeetingDto> next;

    private MeetingPages(Services services, MeetingQuery filter) {
        this.services = services;
        this.filter = filter;
    }

    /** Opens the walk by reading its first page (a refused filter fails here, as a GatewayException). */
    static MeetingPages open(Services services, MeetingQuery filter) {
        MeetingPages pages = new MeetingPages(services, filter);
        pages.next = pages.read(null);
        return pages;
    }

    /** The number of meetings the filter selects, as the first page counted them. */
    long totalCount() {
        return next == null ? 0 : next.totalCount();
    }

    /** The next page's meetings, or null after the last page. */
    List<MeetingDto> nextPage() {
        if (next == null) {
            return null;
        }
        Page<MeetingDto> page = next;
        next = page.pageInfo().hasNextPage() && page.pageInfo().endCursor() != null
                ? read(page.pageInfo().endCursor())
                : null;
        List<MeetingDto> items = page.edges().stream().map(Page.Edge::node).toList();
        return items.isEmpty() && next == null ? null : items;
    }

    private Page<MeetingDto> read(String after) {
        return services.meetings().meetings(filter, MeetingOrder.DATE_ASC, PAGE_SIZE, after, null, null).await()
                .atMost(services.timeout());
    }
}
