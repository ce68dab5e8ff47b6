package io.summitry.people.paging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.summitry.service.paging.TotalCounts;

/**
 * Keyset pagination over a native query that selects {@code id, name, rank} (rank null when the list is not
 * ranked), ordered by {@code rank desc, name, id}. Only the keys are read here; the rows are loaded by id after.
 */
public final class Keyset {

    private Keyset() {
    }

    /** The keys of one page in the direction of the page, plus one more when more rows follow. */
    @SuppressWarnings("unchecked")
    public static List<Cursor> keys(EntityManager em, String keysSql, Map<String, Object> filterParams,
            PageRequest page, boolean ranked) {
        Map<String, Object> params = new HashMap<>(filterParams);
        String sql = "select k.id, k.name, k.rank from (" + keysSql + ") k where " + after(page, ranked, params)
                + " order by " + orderBy(page, ranked) + " limit " + (page.size() + 1);
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new Cursor(ranked ? ((Number) row[2]).floatValue() : null, (String) row[1],
                uuid(row[0]))).toList();
    }

    /** How many rows the filter matches, whatever the page: counted once per filter and reused (TotalCounts). */
    public static long count(EntityManager em, TotalCounts totals, String keysSql, Map<String, Object> filterParams) {
        return totals.of(List.of(keysSql, new TreeMap<>(filterParams)), () -> {
            Query query = em.createNativeQuery("select count(*) from (" + keysSql + ") k");
            filterParams.forEach(query::setParameter);
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    public static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static String after(PageRequest page, boolean ranked, Map<String, Object> params) {
        Cursor cursor = page.cursor();
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
