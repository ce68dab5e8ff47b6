package io.summitry.gateway.history;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Who made a change. */
@Type("Editor")
@Description("Who made a change: the token's subject, and its display name where the token carried one.")
public record Editor(@NonNull String id, String name) {
}
