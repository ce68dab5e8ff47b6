package io.summitry.people.http;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.summitry.problem.ProblemException;

/** Reads UUIDs from paths, query parameters and batch requests, naming the field when one is malformed. */
public final class Ids {

    private Ids() {
    }

    /** Parses one id; a malformed one is a 400 naming {@code field}. Null stays null. */
    public static UUID parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "'" + abbreviate(value) + "' is not a UUID");
        }
    }

    /** Parses the keys of a batch request, in order; a malformed one is a 400 naming {@code ids[i]}. */
    public static List<UUID> parseAll(List<String> values) {
        List<UUID> ids = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            ids.add(parse("ids[" + i + "]", values.get(i)));
        }
        return ids;
    }

    /** The PostgreSQL array literal of these ids, to bind as one parameter and cast to {@code uuid[]}. */
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

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
