package io.summitry.api.people;

/** A country by its ISO 3166-1 alpha-2 code. */
public record CountryDto(String code, String name) {
}
