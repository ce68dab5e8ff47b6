package io.summitry.gateway.meeting;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.common.Paging;

/** Query.statements: who said what, across meetings. */
@GraphQLApi
public class StatementQueries {

    private final MeetingsClient meetings;

    StatementQueries(MeetingsClient meetings) {
        this.meetings = meetings;
    }

    @Query("statements")
    @NonNull
    @Description("Statements matching the filter, a page at a time (first 0-100): with text, the best matches "
            + "first; then by meeting date, newest first.")
    public Uni<StatementConnection> statements(@Name("filter") StatementFilter filter,
            @Name("first") @DefaultValue("20") Integer first, @Name("after") String after) {
        Paging paging = Paging.forward(first, after);
        return meetings.statements(StatementFilter.toQuery(filter), paging.first(), paging.after())
                .map(StatementConnection::of);
    }
}
