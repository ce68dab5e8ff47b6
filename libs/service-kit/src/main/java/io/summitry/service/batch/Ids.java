package io.summitry.service.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.summitry.api.IdsRequest;
import io.summitry.problem.ProblemException;
import io.summitry.service.input.Inputs;

/** Reads ids from paths, query parameters and batch bodies; a malformed one is a 400 naming where it was. */
public final class Ids {

    private Ids() {
    }

    /** One id that must be there, such as a path's. */
    public static UUID parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "is required");
        }
        try {
            // UUID.fromString also takes shortened forms such as 1-1-1-1-1
            if (value.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "'" + Inputs.shorten(value) + "' is not a UUID");
        }
    }

    /** One id that may be absent, such as a filter's; absent or blank is null. */
    public static UUID optional(String field, String value) {
        return value == null || value.isBlank() ? null : parse(field, value);
    }

    /** The ids of a batch request, in request order (duplicates kept). */
    public static List<UUID> of(IdsRequest request) {
        return of(request == null ? null : request.ids());
    }

    /** Batch keys, in order; a malformed one is a 400 naming {@code ids[i]}. */
    public static List<UUID> of(List<String> ids) {
        if (ids == null) {
            throw ProblemException.invalidField("ids", "is required");
        }
        if (ids.size() > IdsRequest.MAX_IDS) {
            throw ProblemException.invalidField("ids", "must hold at most " + IdsRequest.MAX_IDS + " keys");
        }
        List<UUID> result = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            result.add(parse("ids[" + i + "]", ids.get(i)));
        }
        return result;
    }

    /** The ids of a repeatable query parameter such as {@code participant}; absent is empty. */
    public static List<UUID> ofParams(String name, List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().map(v -> parse(name, v)).toList();
    }

    /** The PostgreSQL array literal of these values, to bind as one parameter and cast to {@code uuid[]}. */
    public static String sqlArray(List<?> values) {
        StringBuilder array = new StringBuilder("{");
        for (Object value : values) {
            if (array.length() > 1) {
                array.append(',');
            }
            array.append(value == null ? "NULL" : value.toString());
        }
        return array.append('}').toString();
    }
}
