package io.summitry.people.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.summitry.api.Page;

/** Turns the keys fetched for a page (one more than asked, to know if more follow) into a {@link Page}. */
public final class Pages {

    private Pages() {
    }

    /** The keys of the rows to show, in display order, without the extra row fetched to look ahead. */
    public static List<Cursor> visible(PageRequest page, List<Cursor> fetched) {
        List<Cursor> keys = new ArrayList<>(fetched.subList(0, Math.min(page.size(), fetched.size())));
        if (page.backward()) {
            Collections.reverse(keys);
        }
        return keys;
    }

    /**
     * @param fetched keys in the direction of the page, at most {@code page.size() + 1}
     * @param load    loads the rows of the visible keys by id
     * @param total   how many rows match the filter
     */
    public static <T> Page<T> of(PageRequest page, List<Cursor> fetched, Function<List<UUID>, Map<UUID, T>> load,
            long total) {
        boolean more = fetched.size() > page.size();
        List<Cursor> keys = visible(page, fetched);
        Map<UUID, T> rows = keys.isEmpty() ? Map.of() : load.apply(keys.stream().map(Cursor::id).toList());
        List<Page.Edge<T>> edges = keys.stream()
                .filter(key -> rows.containsKey(key.id()))
                .map(key -> new Page.Edge<>(key.encode(), rows.get(key.id())))
                .toList();
        boolean hasNext = page.backward() ? page.cursor() != null : more;
        boolean hasPrevious = page.backward() ? more : page.cursor() != null;
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Page<>(edges, new Page.PageInfo(hasNext, hasPrevious, start, end), total);
    }
}
