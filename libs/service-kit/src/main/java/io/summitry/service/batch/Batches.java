package io.summitry.service.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.summitry.api.BatchResult;
import io.summitry.api.Group;
import io.summitry.api.GroupedResult;

/** Lays batch answers out in request order, as the batch conventions of the API say. */
public final class Batches {

    private Batches() {
    }

    /** One item per requested key ({@code null} where none), and each missing key once. */
    public static <K, T> BatchResult<T> aligned(List<K> keys, Map<K, T> found) {
        List<T> items = new ArrayList<>(keys.size());
        Set<String> missing = new LinkedHashSet<>();
        for (K key : keys) {
            T item = found.get(key);
            items.add(item);
            if (item == null) {
                missing.add(String.valueOf(key));
            }
        }
        return new BatchResult<>(items, List.copyOf(missing));
    }

    /** As {@link #aligned(List, Map)}, for rows that carry their key. */
    public static <K, T> BatchResult<T> aligned(List<K> keys, List<T> rows, Function<T, K> keyOf) {
        Map<K, T> byKey = new HashMap<>();
        rows.forEach(row -> byKey.put(keyOf.apply(row), row));
        return aligned(keys, byKey);
    }

    /** One group per requested key, in request order, empty where there is nothing. */
    public static <K, T> GroupedResult<T> grouped(List<K> keys, Map<K, List<T>> found) {
        return new GroupedResult<>(keys.stream()
                .map(key -> new Group<>(String.valueOf(key), found.getOrDefault(key, List.of())))
                .toList());
    }

    /** As {@link #grouped(List, Map)}, for rows that carry their key, in the order each group should keep. */
    public static <K, T> GroupedResult<T> grouped(List<K> keys, List<T> rows, Function<T, K> keyOf) {
        return grouped(keys, groupBy(rows, keyOf, Function.identity()));
    }

    /** A row of a batch query that carries the requested key beside the item. */
    public record Keyed<K, T>(K key, T item) {
    }

    /** As {@link #grouped(List, List, Function)}, answering the items without their keys. */
    public static <K, T> GroupedResult<T> groupedKeyed(List<K> keys, List<Keyed<K, T>> rows) {
        return grouped(keys, groupBy(rows, Keyed::key, Keyed::item));
    }

    /** The rows' values by key, each group in the rows' order. */
    private static <K, R, T> Map<K, List<T>> groupBy(List<R> rows, Function<R, K> keyOf, Function<R, T> valueOf) {
        Map<K, List<T>> byKey = new HashMap<>();
        rows.forEach(row -> byKey.computeIfAbsent(keyOf.apply(row), k -> new ArrayList<>()).add(valueOf.apply(row)));
        return byKey;
    }
}
