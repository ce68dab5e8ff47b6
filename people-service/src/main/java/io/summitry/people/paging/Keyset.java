package io.summitry.people.paging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.hibernate.SharedSessionContract;
import org.hibernate.query.NativeQuery;


import io.summitry.api.Page;
import io.summitry.service.paging.Cursor;
import io.summitry.service.paging.PageRequest;
import io.summitry.service.paging.Pages;
import io.summitry.service.paging.TotalCounts;

/**
 * Keyset pagination over a native query that selects {@code id, name, rank} (rank null when the list is not
 * ranked), ordered by {@code rank desc, name, id}. Only the keys are read here; the rows are loaded by id after.
 * Reads run on a {@link org.hibernate.StatelessSession}: the keys are plain values, nothing for a session to manage.
 */
public final class Keyset {

    private static final String NAMED = "n1";
    private static final String RANKED = "r1";

    private Keyset() {
    }

    /** The sort key of one row: the rank (only when ranking by text similarity), the name and the id. */
    private record Key(Float rank, String name, UUID id) {

        String encode() {
            return Cursor.encode(rank == null ? NAMED : RANKED, rank, name, id);
        }

        // a cursor of the other kind (ranked or not) belongs to another list and is refused
        static Key decode(PageRequest page, boolean ranked) {
            String parameter = page.cursorParameter();
            List<String> values = Cursor.decode(parameter, page.cursor(), ranked ? RANKED : NAMED, 3);
            try {
                return new Key(ranked ? Float.valueOf(values.get(0)) : null, values.get(1),
                        UUID.fromString(values.get(2)));
            } catch (RuntimeException e) {
                throw Cursor.invalid(parameter, page.cursor());
            }
        }
    }

    /**
     * One page of the rows {@code keysSql} selects, with the total count.
     *
     * @param load loads the rows of the visible keys by id
     */
    public static <T> Page<T> page(SharedSessionContract session, TotalCounts totals, String keysSql,
            Map<String, Object> filterParams, PageRequest page, boolean ranked,
            Function<List<UUID>, Map<UUID, T>> load) {
        Key after = page.cursor() == null ? null : Key.decode(page, ranked);
        List<Key> fetched = keys(session, keysSql, filterParams, page, after, ranked);
        long total = count(session, totals, keysSql, filterParams);
        List<Key> keys = Pages.visible(page, fetched);
        Map<UUID, T> rows = keys.isEmpty() ? Map.of() : load.apply(keys.stream().map(Key::id).toList());
        List<Page.Edge<T>> edges = keys.stream()
                .filter(key -> rows.containsKey(key.id()))
                .map(key -> new Page.Edge<>(key.encode(), rows.get(key.id())))
                .toList();
        return Pages.of(page, fetched.size() > page.size(), edges, total);
    }

    public static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    /** The keys of one page in the direction of the page, plus one more when more rows follow. */
    @SuppressWarnings("unchecked")
    private static List<Key> keys(SharedSessionContract session, String keysSql, Map<String, Object> filterParams,
            PageRequest page, Key cursor, boolean ranked) {
        Map<String, Object> params = new HashMap<>(filterParams);
        String sql = "select k.id, k.name, k.rank from (" + keysSql + ") k where "
                + after(page, cursor, ranked, params) + " order by " + orderBy(page, ranked) + " limit "
                + (page.size() + 1);
        NativeQuery<Object[]> query = session.createNativeQuery(sql);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new Key(ranked ? ((Number) row[2]).floatValue() : null, (String) row[1],
                uuid(row[0]))).toList();
    }

    /** How many rows the filter matches, whatever the page: counted once per filter and reused (TotalCounts). */
    private static long count(SharedSessionContract session, TotalCounts totals, String keysSql,
            Map<String, Object> filterParams) {
        return totals.of(List.of(keysSql, new TreeMap<>(filterParams)), () -> {
            NativeQuery<?> query = session.createNativeQuery("select count(*) from (" + keysSql + ") k");
            filterParams.forEach(query::setParameter);
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private static String after(PageRequest page, Key cursor, boolean ranked, Map<String, Object> params) {
        if (cursor == null) {
            return "true";
        }
        params.put("cursorName", cursor.name());
        params.put("cursorId", cursor.id());
        String tuple = "(k.name, k.id) " + (page.backward() ? "<" : ">") + " (:cursorName, :cursorId)";
        if (!ranked) {
            return tuple;
        }
        params.put("cursorRank", cursor.rank());
        return "(k.rank " + (page.backward() ? ">" : "<") + " cast(:cursorRank as real)"
                + " or (k.rank = cast(:cursorRank as real) and " + tuple + "))";
    }

    private static String orderBy(PageRequest page, boolean ranked) {
        String asc = page.backward() ? " desc" : "";
        String desc = page.backward() ? "" : " desc";
        return (ranked ? "k.rank" + desc + ", " : "") + "k.name" + asc + ", k.id" + asc;
    }
}
