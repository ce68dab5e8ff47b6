package io.summitry.api.people;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.summitry.api.IdsRequest;

/** Body of the batch "posts in these organizations" lookup, optionally only those held at {@code at}. */
public record PositionsByOrganizationsRequest(@NotNull @Size(max = IdsRequest.MAX_IDS) List<@NotNull String> ids,
        LocalDate at) {
}
