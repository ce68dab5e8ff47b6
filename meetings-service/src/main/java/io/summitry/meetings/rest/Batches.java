package io.summitry.meetings.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.summitry.api.BatchResult;
import io.summitry.api.Group;
import io.summitry.api.GroupedResult;

/** Lines the rows of one batch query up with the keys that were asked for, in request order. */
public final class Batches {

    private Batches() {
    }

    public static <K, T> BatchResult<T> aligned(List<K> keys, List<T> rows, Function<T, K> keyOf) {
        Map<K, T> byKey = new HashMap<>();
        rows.forEach(row -> byKey.put(keyOf.apply(row), row));
        List<T> items = new ArrayList<>(keys.size());
        LinkedHashSet<String> missing = new LinkedHashSet<>();
        for (K key : keys) {
            T row = byKey.get(key);
            items.add(row);
            if (row == null) {
                missing.add(String.valueOf(key));
            }
        }
        return new BatchResult<>(items, List.copyOf(missing));
    }

    /** One group per key, in request order; {@code rows} are in the order each group should keep. */
    public static <K, T> GroupedResult<T> grouped(List<K> keys, List<T> rows, Function<T, K> keyOf) {
        Map<K, List<T>> byKey = new HashMap<>();
        rows.forEach(row -> byKey.computeIfAbsent(keyOf.apply(row), k -> new ArrayList<>()).add(row));
        return new GroupedResult<>(keys.stream()
                .map(key -> new Group<>(String.valueOf(key), byKey.getOrDefault(key, List.of())))
                .toList());
    }

    /** Keyed rows, for queries whose rows carry the requested key beside the item. */
    public record Keyed<K, T>(K key, T item) {
    }

    public static <K, T> GroupedResult<T> groupedKeyed(List<K> keys, List<Keyed<K, T>> rows) {
        GroupedResult<Keyed<K, T>> grouped = grouped(keys, rows, Keyed::key);
        return new GroupedResult<>(grouped.groups().stream()
                .map(g -> new Group<>(g.key(), g.items().stream().map(Keyed::item).toList()))
                .toList());
    }
}
