package io.summitry.gateway.common;

import java.util.Map;
import java.util.Set;

import io.smallrye.graphql.api.Context;

/**
 * Which fields of an input object the caller actually wrote. GraphQL tells a field left out from one set to null,
 * but the Java record an input becomes cannot; graphql-java's raw argument map still can, so updates read it here
 * and keep the stored value of every field left out, while an explicit null (or empty list) clears it.
 */
public final class Given {

    private static final Given ALL = new Given(null);

    private final Map<?, ?> fields;

    private Given(Map<?, ?> fields) {
        this.fields = fields;
    }

    /** The fields written in the input-object argument {@code argument} of the field being fetched. */
    public static Given in(Context context, String argument) {
        Object raw = context.getArgument(argument);
        return raw instanceof Map<?, ?> map ? new Given(map) : ALL;
    }

    /** Every field counts as written: what a create uses, where a field left out is simply empty. */
    public static Given all() {
        return ALL;
    }

    /** Whether the caller wrote this field, even as null. */
    public boolean has(String field) {
        return fields == null || fields.containsKey(field);
    }

    /** The written value when the field was written, else the stored one. */
    public <T> T or(String field, T written, T stored) {
        return has(field) ? written : stored;
    }

    /** The fields written inside a nested input object; all of them when it was not written as an object. */
    public Given nested(String field) {
        if (fields == null) {
            return ALL;
        }
        Object raw = fields.get(field);
        return raw instanceof Map<?, ?> map ? new Given(map) : ALL;
    }

    /** The names written, for messages and tests. */
    public Set<?> names() {
        return fields == null ? Set.of() : fields.keySet();
    }
}
