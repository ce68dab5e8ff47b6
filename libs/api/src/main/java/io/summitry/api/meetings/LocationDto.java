package io.summitry.api.meetings;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where a meeting took place: a venue ("Ministry of National Defense"), a city and a country code. */
public record LocationDto(
        @Size(max = 300) String venue,
        @Size(max = 200) String city,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as KR") String countryCode) {
}
