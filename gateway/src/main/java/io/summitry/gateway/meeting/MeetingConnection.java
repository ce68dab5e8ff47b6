package io.summitry.gateway.meeting;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.Page;
import io.summitry.api.meetings.MeetingDto;
import io.summitry.gateway.common.PageInfo;

/** A Relay connection of meetings. */
@Type("MeetingConnection")
@Description("A page of meetings. totalCount counts every meeting that matches, not just this page.")
public record MeetingConnection(@NonNull List<@NonNull MeetingEdge> edges, @NonNull PageInfo pageInfo,
        int totalCount) {

    public static MeetingConnection of(Page<MeetingDto> page) {
        if (page == null) {
            return new MeetingConnection(List.of(), PageInfo.of(null), 0);
        }
        return new MeetingConnection(
                page.edges().stream().map(edge -> new MeetingEdge(edge.cursor(), Meeting.of(edge.node()))).toList(),
                PageInfo.of(page.pageInfo()), (int) page.totalCount());
    }
}
