package io.summitry.api.meetings;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record SourceInput(
        @NotBlank @Size(max = 1000) String title,
        @Size(max = 300) String publisher,
        LocalDate publishedOn,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @Size(max = 2000) String retrievedFrom) {
}
