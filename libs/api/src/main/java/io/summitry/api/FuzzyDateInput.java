package io.summitry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A fuzzy date as written by an editor: EDTF text (validated by the service) and an optional note. */
public record FuzzyDateInput(@NotBlank @Size(max = 100) String edtf, @Size(max = 2000) String note) {
}
