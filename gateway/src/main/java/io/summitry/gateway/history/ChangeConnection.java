package io.summitry.gateway.history;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.Page;
import io.summitry.api.history.ChangeDto;
import io.summitry.gateway.common.PageInfo;

/** A Relay connection of changes, newest first. */
@Type("ChangeConnection")
@Description("A page of changes, newest first. totalCount counts every change that matches, not just this page.")
public record ChangeConnection(@NonNull List<@NonNull ChangeEdge> edges, @NonNull PageInfo pageInfo,
        int totalCount) {

    public static final ChangeConnection EMPTY = new ChangeConnection(List.of(), PageInfo.of(null), 0);

    public static ChangeConnection of(Page<ChangeDto> page) {
        if (page == null) {
            return EMPTY;
        }
        return new ChangeConnection(
                page.edges().stream().map(edge -> new ChangeEdge(edge.cursor(), Change.of(edge.node()))).toList(),
                PageInfo.of(page.pageInfo()), (int) page.totalCount());
    }
}
