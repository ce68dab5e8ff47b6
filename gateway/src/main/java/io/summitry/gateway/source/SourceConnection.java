package io.summitry.gateway.source;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.Page;
import io.summitry.api.meetings.SourceDto;
import io.summitry.gateway.common.PageInfo;

/** A Relay connection of sources. */
@Type("SourceConnection")
public record SourceConnection(@NonNull List<@NonNull SourceEdge> edges, @NonNull PageInfo pageInfo,
        int totalCount) {

    /** One source of a page and the cursor just after it. */
    @Type("SourceEdge")
    public record SourceEdge(@NonNull String cursor, @NonNull Source node) {
    }

    static SourceConnection of(Page<SourceDto> page) {
        return new SourceConnection(
                page.edges().stream().map(edge -> new SourceEdge(edge.cursor(), Source.of(edge.node()))).toList(),
                PageInfo.of(page.pageInfo()), (int) page.totalCount());
    }
}
