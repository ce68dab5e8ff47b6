package io.summitry.gateway.organization;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.people.OrganizationDto;
import io.summitry.api.people.OrganizationKind;
import io.summitry.gateway.id.GlobalId;
import io.summitry.gateway.id.Node;

/** An organization as the schema shows it; joined fields are resolved by {@link OrganizationResolver}. */
@Type("Organization")
@Description("An organization: a ministry, an office inside it, an armed service, a think tank.")
public record Organization(
        @Id @NonNull String id,
        @NonNull String name,
        String acronym,
        @NonNull OrganizationKind kind,
        String summary,
        String wikidataId,
        @Description("Where an organization that no source names comes from, or why it is recorded as it is.")
        String note,
        @Description("Optimistic lock: pass it as expectedVersion to updateOrganization.") int version,
        @Ignore UUID uuid,
        @Ignore String countryCode,
        @Ignore UUID parentId,
        @Ignore List<UUID> sourceIds) implements Node {

    public static Organization of(OrganizationDto dto) {
        if (dto == null) {
            return null;
        }
        return new Organization(GlobalId.encode(GlobalId.ORGANIZATION, dto.id()), dto.name(), dto.acronym(),
                dto.kind(), dto.summary(), dto.wikidataId(), dto.note(), (int) dto.version(), dto.id(),
                dto.countryCode(), dto.parentId(), dto.sourceIds() == null ? List.of() : dto.sourceIds());
    }
}
