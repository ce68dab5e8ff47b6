package io.summitry.api;

import java.util.List;

/**
 * One page of a keyset-paginated list, shaped like a Relay connection so the gateway maps it field for field.
 * {@code totalCount} counts every row that matches the filter, not just this page.
 */
public record Page<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

    /** One row and the opaque cursor that points just after it (or before it, when paging backwards). */
    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }
}
