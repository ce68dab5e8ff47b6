package io.summitry.gateway.person;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.summitry.api.Page;
import io.summitry.api.people.PersonDto;
import io.summitry.gateway.common.PageInfo;

/** A Relay connection of people. */
@Type("PersonConnection")
@Description("A page of people. totalCount counts every person that matches, not just this page.")
public record PersonConnection(@NonNull List<@NonNull PersonEdge> edges, @NonNull PageInfo pageInfo,
        int totalCount) {

    /** One person of a page and the cursor just after it. */
    @Type("PersonEdge")
    public record PersonEdge(@NonNull String cursor, @NonNull Person node) {
    }

    static PersonConnection of(Page<PersonDto> page) {
        return new PersonConnection(
                page.edges().stream().map(edge -> new PersonEdge(edge.cursor(), Person.of(edge.node()))).toList(),
                PageInfo.of(page.pageInfo()), (int) page.totalCount());
    }
}
