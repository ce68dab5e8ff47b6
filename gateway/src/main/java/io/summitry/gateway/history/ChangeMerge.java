package io.summitry.gateway.history;

import java.util.ArrayList;
import java.util.List;

import io.summitry.api.Page;
import io.summitry.api.history.ChangeDto;
import io.summitry.gateway.common.PageInfo;

/**
 * Merges one page of each service's changes (each newest first) into one page, newest first by commit time; at equal
 * times meetings-service's change comes first. Each edge's cursor carries both services' positions after it, so the
 * next page asks each service for what follows the last change taken from it, and nothing is skipped or repeated.
 */
final class ChangeMerge {

    private ChangeMerge() {
    }

    static ChangeConnection merge(Page<ChangeDto> meetings, Page<ChangeDto> people, ChangesCursor start, int first) {
        List<Page.Edge<ChangeDto>> m = edges(meetings);
        List<Page.Edge<ChangeDto>> p = edges(people);
        List<ChangeEdge> merged = new ArrayList<>(Math.min(first, m.size() + p.size()));
        ChangesCursor position = start;
        int i = 0;
        int j = 0;
        while (merged.size() < first && (i < m.size() || j < p.size())) {
            boolean fromMeetings = j >= p.size()
                    || i < m.size() && !m.get(i).node().at().isBefore(p.get(j).node().at());
            Page.Edge<ChangeDto> edge = fromMeetings ? m.get(i++) : p.get(j++);
            position = fromMeetings ? position.withMeetings(edge.cursor()) : position.withPeople(edge.cursor());
            merged.add(new ChangeEdge(position.encode(), Change.of(edge.node())));
        }
        boolean more = i < m.size() || j < p.size() || hasNext(meetings) || hasNext(people);
        PageInfo info = new PageInfo(more, start.meetings() != null || start.people() != null,
                merged.isEmpty() ? null : merged.get(0).cursor(),
                merged.isEmpty() ? null : merged.get(merged.size() - 1).cursor());
        return new ChangeConnection(merged, info, (int) (total(meetings) + total(people)));
    }

    private static List<Page.Edge<ChangeDto>> edges(Page<ChangeDto> page) {
        return page == null || page.edges() == null ? List.of() : page.edges();
    }

    private static boolean hasNext(Page<ChangeDto> page) {
        return page != null && page.pageInfo() != null && page.pageInfo().hasNextPage();
    }

    private static long total(Page<ChangeDto> page) {
        return page == null ? 0 : page.totalCount();
    }
}
