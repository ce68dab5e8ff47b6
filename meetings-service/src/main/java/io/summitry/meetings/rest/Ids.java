package io.summitry.meetings.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.summitry.api.IdsRequest;
import io.summitry.problem.ProblemException;

/** Reads ids from paths, query parameters and batch bodies; a malformed one is a 400 naming where it was. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "is required");
        }
        try {
            if (value.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "'" + shorten(value) + "' is not a UUID");
        }
    }

    /** The ids of a batch request, in request order (duplicates kept). */
    public static List<UUID> of(IdsRequest request) {
        return of(request == null ? null : request.ids());
    }

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

    /** Optional ids of a query parameter list such as {@code participant}. */
    public static List<UUID> ofParams(String name, List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().map(v -> parse(name, v)).toList();
    }

    static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
