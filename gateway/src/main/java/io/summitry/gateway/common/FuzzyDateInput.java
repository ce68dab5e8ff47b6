package io.summitry.gateway.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A fuzzy date as an editor writes it. */
@Input("FuzzyDateInput")
@Description("EDTF (ISO 8601-2) text such as 2024-09-10, 2024-09, 2025-40 (first half), 2024~, 2024-09-10/2024-09-11 "
        + "(a span that lasted both days), [2025-01-01..2025-06-30] (some day in the first half of 2025), "
        + "[2025-01-10,2025-01-12] (one of those days); note: why these bounds.")
public record FuzzyDateInput(@NonNull String edtf, String note) {

    /** A stored date written back unchanged. */
    public static io.summitry.api.FuzzyDateInput kept(io.summitry.api.FuzzyDateDto stored) {
        return stored == null ? null : new io.summitry.api.FuzzyDateInput(stored.edtf(), stored.note());
    }

    public static io.summitry.api.FuzzyDateInput toApi(FuzzyDateInput input) {
        return input == null ? null : new io.summitry.api.FuzzyDateInput(input.edtf(), input.note());
    }
}
