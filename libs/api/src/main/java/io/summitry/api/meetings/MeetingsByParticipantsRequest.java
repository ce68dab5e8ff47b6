package io.summitry.api.meetings;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.summitry.api.IdsRequest;

/**
 * Body of the batch "meetings of these people" lookup: one page per person id, each paged and filtered alike,
 * newest first unless {@code orderBy} says otherwise; answered as a list of PageGroups in request order.
 */
public record MeetingsByParticipantsRequest(
        @NotNull @Size(max = IdsRequest.MAX_IDS) List<@NotNull String> ids,
        @Valid MeetingQuery filter,
        MeetingOrder orderBy,
        @Min(0) @Max(100) Integer first,
        String after) {
}
