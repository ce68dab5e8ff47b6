package io.summitry.service.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import io.summitry.api.Page;

/** Turns the rows fetched for a page (one more than asked, to know if more follow) into a {@link Page}. */
public final class Pages {

    private Pages() {
    }

    /** The rows to show, in display order, without the extra row fetched to look ahead. */
    public static <T> List<T> visible(PageRequest request, List<T> fetched) {
        List<T> rows = new ArrayList<>(fetched.subList(0, Math.min(request.size(), fetched.size())));
        if (request.backward()) {
            Collections.reverse(rows);
        }
        return rows;
    }

    /**
     * @param fetched  rows in the direction of the page, at most {@code request.size() + 1}
     * @param cursorOf the cursor of a row
     * @param total    how many rows match the filter
     */
    public static <T> Page<T> of(PageRequest request, List<T> fetched, Function<T, String> cursorOf, long total) {
        return of(request, fetched, cursorOf, Function.identity(), total);
    }

    /** As {@link #of(PageRequest, List, Function, long)}, for rows that carry their node beside the sort key. */
    public static <R, T> Page<T> of(PageRequest request, List<R> fetched, Function<R, String> cursorOf,
            Function<R, T> nodeOf, long total) {
        List<Page.Edge<T>> edges = visible(request, fetched).stream()
                .map(row -> new Page.Edge<>(cursorOf.apply(row), nodeOf.apply(row)))
                .toList();
        return of(request, fetched.size() > request.size(), edges, total);
    }

    /** A page of edges already in display order; {@code more} when rows follow in the direction of the page. */
    public static <T> Page<T> of(PageRequest request, boolean more, List<Page.Edge<T>> edges, long total) {
        boolean hasCursor = request.cursor() != null;
        Page.PageInfo info = new Page.PageInfo(
                request.backward() ? hasCursor : more,
                request.backward() ? more : hasCursor,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Page<>(edges, info, total);
    }
}
