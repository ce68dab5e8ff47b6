package io.summitry.gateway.history;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One change of a page and the cursor just after it. */
@Type("ChangeEdge")
public record ChangeEdge(@NonNull String cursor, @NonNull Change node) {
}
