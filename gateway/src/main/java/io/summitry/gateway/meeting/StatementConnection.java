package io.summitry.gateway.meeting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.Page;
import io.summitry.api.meetings.StatementDto;
import io.summitry.gateway.common.PageInfo;

/** A Relay connection of statements. */
@Type("StatementConnection")
@Description("A page of statements. totalCount counts every statement that matches, not just this page.")
public record StatementConnection(@NonNull List<@NonNull StatementEdge> edges, @NonNull PageInfo pageInfo,
        int totalCount) {

    /** One statement of a page and the cursor just after it. */
    @Type("StatementEdge")
    public record StatementEdge(@NonNull String cursor, @NonNull Statement node) {
    }

    public static StatementConnection of(Page<StatementDto> page) {
        if (page == null) {
            return new StatementConnection(List.of(), PageInfo.of(null), 0);
        }
        return new StatementConnection(
                page.edges().stream().map(edge -> new StatementEdge(edge.cursor(), Statement.of(edge.node())))
                        .toList(),
                PageInfo.of(page.pageInfo()), (int) page.totalCount());
    }
}
