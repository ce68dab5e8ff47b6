package io.summitry.api.people;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.summitry.api.IdsRequest;

/** Body of the batch "position held at" lookup; answered as a BatchResult aligned with {@code queries}. */
public record PositionsAtRequest(@NotNull @Size(max = IdsRequest.MAX_IDS) List<@NotNull @Valid PositionAtQuery> queries) {
}
