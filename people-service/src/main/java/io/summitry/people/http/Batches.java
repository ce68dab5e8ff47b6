package io.summitry.people.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.summitry.api.BatchResult;
import io.summitry.api.Group;
import io.summitry.api.GroupedResult;

/** Lays batch answers out in request order, as the batch conventions of the API say. */
public final class Batches {

    private Batches() {
    }

    /** One item per requested id ({@code null} where none), and each missing id once. */
    public static <T> BatchResult<T> aligned(List<UUID> ids, Map<UUID, T> found) {
        List<T> items = new ArrayList<>(ids.size());
        Set<String> missing = new LinkedHashSet<>();
        for (UUID id : ids) {
            T item = found.get(id);
            items.add(item);
            if (item == null) {
                missing.add(id.toString());
            }
        }
        return new BatchResult<>(items, List.copyOf(missing));
    }

    /** One group per requested key, empty where there is nothing. */
    public static <T> GroupedResult<T> grouped(List<UUID> keys, Map<UUID, List<T>> found) {
        return new GroupedResult<>(keys.stream()
                .map(key -> new Group<>(key.toString(), found.getOrDefault(key, List.of())))
                .toList());
    }
}
