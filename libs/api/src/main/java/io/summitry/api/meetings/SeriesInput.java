package io.summitry.api.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record SeriesInput(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens, such as defense-trilateral-talks") String slug,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 40) String acronym,
        @Size(max = 5000) String description) {
}
