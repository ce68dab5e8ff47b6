package io.summitry.gateway.country;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A country by its ISO 3166-1 alpha-2 code. */
@Type("Country")
@Description("A country by its ISO 3166-1 alpha-2 code.")
public record Country(@NonNull String code, @NonNull String name) {
}
