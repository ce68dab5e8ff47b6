package io.summitry.gateway.organization;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.people.OrganizationDto;
import io.summitry.api.people.OrganizationKind;
import io.summitry.gateway.node.GlobalId;
import io.summitry.gateway.node.Node;

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
        @Description("Optimistic lock: pass it as expectedVersion to updateOrganization.") int version,
        @Ignore UUID uuid,
        @Ignore String countryCode,
        @Ignore UUID parentId) implements Node {

    public static Organization of(OrganizationDto dto) {
        if (dto == null) {
            return null;
        }
        return new Organization(GlobalId.encode(GlobalId.ORGANIZATION, dto.id()), dto.name(), dto.acronym(),
                dto.kind(), dto.summary(), dto.wikidataId(), (int) dto.version(), dto.id(), dto.countryCode(),
                dto.parentId());
    }
}
