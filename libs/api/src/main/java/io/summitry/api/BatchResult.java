package io.summitry.api;

import java.util.List;

/**
 * Answer of a one-to-one batch lookup: {@code items} has one entry per requested id, in request order, {@code null}
 * where nothing has that id; {@code missing} lists those ids once each. A missing id is not an error.
 */
public record BatchResult<T>(List<T> items, List<String> missing) {
}
