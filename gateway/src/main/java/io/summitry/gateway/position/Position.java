package io.summitry.gateway.position;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.people.PositionDto;
import io.summitry.gateway.common.FuzzyDate;
import io.summitry.gateway.id.GlobalId;

/** A post a person held; organization, person and sources resolved by {@link PositionResolver}. */
@Type("Position")
@Description("A post a person held in an organization, with the title as the source writes it. end null: still "
        + "held or unknown.")
public record Position(
        @Id @NonNull String id,
        @NonNull String title,
        FuzzyDate start,
        FuzzyDate end,
        @Description("Optimistic lock: pass it as expectedVersion to updatePosition.") int version,
        @Ignore UUID uuid,
        @Ignore UUID personId,
        @Ignore UUID organizationId,
        @Ignore List<UUID> sourceIds) {

    public static Position of(PositionDto dto) {
        if (dto == null) {
            return null;
        }
        return new Position(GlobalId.encode(GlobalId.POSITION, dto.id()), dto.title(), FuzzyDate.of(dto.start()),
                FuzzyDate.of(dto.end()), (int) dto.version(), dto.id(), dto.personId(), dto.organizationId(),
                dto.sourceIds());
    }
}
