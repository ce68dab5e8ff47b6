package io.summitry.gateway.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A fuzzy date as an editor writes it. */
@Input("FuzzyDateInput")
@Description("EDTF (ISO 8601-2) text such as 2024-09-10, 2024-09, 2025-40 (first half), 2024~, 2024-09-10/2024-09-11; "
        + "note: why these bounds.")
public record FuzzyDateInput(@NonNull String edtf, String note) {

    public static io.summitry.api.FuzzyDateInput toApi(FuzzyDateInput input) {
        return input == null ? null : new io.summitry.api.FuzzyDateInput(input.edtf(), input.note());
    }
}
