package io.summitry.gateway.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Puts the answer of a batch call back in the order of the parents smallrye handed to a batch resolver. */
public final class Align {

    private Align() {
    }

    /** One result per parent: the item found under the parent's key, converted; null when none. */
    public static <P, K, V, R> List<R> one(List<P> parents, Function<P, K> key, Map<K, V> found,
            Function<V, R> convert) {
        List<R> results = new ArrayList<>(parents.size());
        for (P parent : parents) {
            K k = key.apply(parent);
            V value = k == null ? null : found.get(k);
            results.add(value == null ? null : convert.apply(value));
        }
        return results;
    }

    /** One list per parent: the items grouped under the parent's key, converted; empty when none. */
    public static <P, K, V, R> List<List<R>> many(List<P> parents, Function<P, K> key, Map<K, List<V>> found,
            Function<V, R> convert) {
        List<List<R>> results = new ArrayList<>(parents.size());
        for (P parent : parents) {
            K k = key.apply(parent);
            List<V> values = k == null ? null : found.get(k);
            results.add(values == null ? List.of() : values.stream().map(convert).toList());
        }
        return results;
    }

    /** One list per parent: the items found under each of the parent's keys, in order, skipping missing ones. */
    public static <P, K, V, R> List<List<R>> each(List<P> parents, Function<P, List<K>> keys, Map<K, V> found,
            Function<V, R> convert) {
        List<List<R>> results = new ArrayList<>(parents.size());
        for (P parent : parents) {
            List<K> ks = keys.apply(parent);
            List<R> items = new ArrayList<>();
            if (ks != null) {
                for (K k : ks) {
                    V value = found.get(k);
                    if (value != null) {
                        items.add(convert.apply(value));
                    }
                }
            }
            results.add(items);
        }
        return results;
    }

    /** All keys of the parents, for one batch call. */
    public static <P, K> List<K> keys(List<P> parents, Function<P, List<K>> keys) {
        List<K> all = new ArrayList<>();
        for (P parent : parents) {
            List<K> ks = keys.apply(parent);
            if (ks != null) {
                all.addAll(ks);
            }
        }
        return all;
    }
}
