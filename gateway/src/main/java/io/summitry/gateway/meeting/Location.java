package io.summitry.gateway.meeting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.meetings.LocationDto;

/** Where a meeting took place; its country is resolved by {@link LocationResolver}. */
@Type("Location")
@Description("Where a meeting took place.")
public record Location(String venue, String city, @Ignore String countryCode) {

    static Location of(LocationDto dto) {
        return dto == null ? null : new Location(dto.venue(), dto.city(), dto.countryCode());
    }
}
