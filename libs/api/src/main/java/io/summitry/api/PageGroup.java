package io.summitry.api;

/** A page of the children of one requested key (for example one person's meetings). */
public record PageGroup<T>(String key, Page<T> page) {
}
