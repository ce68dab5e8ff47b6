package io.summitry.gateway.history;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One field of a record before and after a change. */
@Type("FieldChange")
@Description("One field before and after a change, each value as JSON text (\"\\\"Old title\\\"\", \"3\"); null = "
        + "absent.")
public record FieldChange(@NonNull String field, String before, String after) {
}
