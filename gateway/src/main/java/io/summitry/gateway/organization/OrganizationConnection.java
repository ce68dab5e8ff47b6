package io.summitry.gateway.organization;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.Page;
import io.summitry.api.people.OrganizationDto;
import io.summitry.gateway.common.PageInfo;

/** A Relay connection of organizations. */
@Type("OrganizationConnection")
@Description("A page of organizations. totalCount counts every organization that matches, not just this page.")
public record OrganizationConnection(@NonNull List<@NonNull OrganizationEdge> edges, @NonNull PageInfo pageInfo,
        int totalCount) {

    /** One organization of a page and the cursor just after it. */
    @Type("OrganizationEdge")
    public record OrganizationEdge(@NonNull String cursor, @NonNull Organization node) {
    }

    static OrganizationConnection of(Page<OrganizationDto> page) {
        return new OrganizationConnection(page.edges().stream()
                .map(edge -> new OrganizationEdge(edge.cursor(), Organization.of(edge.node()))).toList(),
                PageInfo.of(page.pageInfo()), (int) page.totalCount());
    }
}
