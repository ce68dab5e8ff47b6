package io.summitry.api.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Another name of a person as a source gives it (Hangul, Kanji, a romanization), with its BCP 47 language tag. */
public record OtherNameDto(
        @NotBlank @Size(max = 300) String name,
        @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 language tag such as ko or ko-Latn") String lang,
        @Size(max = 500) String note) {
}
