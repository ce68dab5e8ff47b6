package io.summitry.gateway.client;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.summitry.api.BatchResult;
import io.summitry.api.Group;
import io.summitry.api.GroupedResult;
import io.summitry.api.IdsRequest;

/** Helpers for the batch endpoints: distinct keys in, a map by key out, and no call at all for no keys. */
final class Batches {

    private Batches() {
    }

    static <K> List<String> distinct(Collection<K> keys) {
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (K key : keys) {
            if (key != null) {
                unique.add(key.toString());
            }
        }
        return List.copyOf(unique);
    }

    static <K, T> Uni<Map<K, T>> oneToOne(Collection<K> keys, Function<String, K> parse,
            Function<IdsRequest, Uni<BatchResult<T>>> call) {
        List<String> ids = distinct(keys);
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return call.apply(new IdsRequest(ids)).map(result -> {
            Map<K, T> byKey = new HashMap<>();
            List<T> items = result.items();
            for (int i = 0; i < ids.size() && i < items.size(); i++) {
                if (items.get(i) != null) {
                    byKey.put(parse.apply(ids.get(i)), items.get(i));
                }
            }
            return byKey;
        });
    }

    static <K, T> Uni<Map<K, List<T>>> oneToMany(Collection<K> keys, Function<String, K> parse,
            Function<IdsRequest, Uni<GroupedResult<T>>> call) {
        List<String> ids = distinct(keys);
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return call.apply(new IdsRequest(ids)).map(result -> {
            Map<K, List<T>> byKey = new HashMap<>();
            for (Group<T> group : result.groups()) {
                byKey.put(parse.apply(group.key()), group.items() == null ? List.of()
                        : group.items().stream().filter(Objects::nonNull).toList());
            }
            return byKey;
        });
    }

    /** One page per key from an endpoint that answers a list aligned with the keys it was sent. */
    static <K, T> Uni<Map<K, io.summitry.api.Page<T>>> pages(Collection<K> keys, Function<String, K> parse,
            Function<List<String>, Uni<List<io.summitry.api.PageGroup<T>>>> call) {
        List<String> ids = distinct(keys);
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return call.apply(ids).map(groups -> {
            Map<K, io.summitry.api.Page<T>> byKey = new HashMap<>();
            for (int i = 0; i < ids.size() && i < groups.size(); i++) {
                if (groups.get(i) != null) {
                    byKey.put(parse.apply(ids.get(i)), groups.get(i).page());
                }
            }
            return byKey;
        });
    }
}
