package io.summitry.api.people;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * "Which post did this person hold then?" {@code from}/{@code to} are the bounds of the moment asked about: one day
 * twice for an exact date, or the earliest/latest of a fuzzy one (null = unbounded).
 */
public record PositionAtQuery(@NotNull UUID personId, LocalDate from, LocalDate to) {
}
