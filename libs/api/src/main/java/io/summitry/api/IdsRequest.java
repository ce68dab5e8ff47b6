package io.summitry.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of every batch endpoint: the keys to look up. Keys are UUIDs as strings, or slugs where the resource is keyed
 * by slug. Duplicates are allowed and answered in place.
 */
public record IdsRequest(@NotNull @Size(max = IdsRequest.MAX_IDS) List<@NotNull String> ids) {

    /** The most keys one batch call may carry; the gateway never needs more than a page times a page. */
    public static final int MAX_IDS = 2000;

    public static IdsRequest of(List<?> keys) {
        return new IdsRequest(keys.stream().map(String::valueOf).toList());
    }
}
