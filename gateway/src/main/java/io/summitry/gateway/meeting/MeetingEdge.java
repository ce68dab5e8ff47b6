package io.summitry.gateway.meeting;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One meeting of a page and the cursor just after it. */
@Type("MeetingEdge")
public record MeetingEdge(@NonNull String cursor, @NonNull Meeting node) {
}
