package io.summitry.api;

import java.util.List;

/** The children of one requested key in a one-to-many batch lookup (for example the participants of one meeting). */
public record Group<T>(String key, List<T> items) {
}
