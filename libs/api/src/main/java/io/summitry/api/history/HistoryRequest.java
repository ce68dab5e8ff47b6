package io.summitry.api.history;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.summitry.api.IdsRequest;

/**
 * Body of the batch history lookups ({@code POST /meetings/history/by-ids} and the like): one history page per key
 * (UUID, or slug for series), each paged alike; answered as a list of PageGroups in request order.
 */
public record HistoryRequest(
        @NotNull @Size(max = IdsRequest.MAX_IDS) List<@NotNull String> ids,
        Integer first,
        String after) {
}
