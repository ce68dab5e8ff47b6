package io.summitry.api;

import java.util.List;

/** Answer of a one-to-many batch lookup: one {@link Group} per requested key, in request order, empty when none. */
public record GroupedResult<T>(List<Group<T>> groups) {
}
