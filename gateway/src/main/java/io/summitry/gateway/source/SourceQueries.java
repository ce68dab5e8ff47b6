package io.summitry.gateway.source;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.common.Paging;
import io.summitry.gateway.id.GlobalId;

/** Query.source and Query.sources. */
@GraphQLApi
public class SourceQueries {

    private final MeetingsClient meetings;

    SourceQueries(MeetingsClient meetings) {
        this.meetings = meetings;
    }

    @Query("source")
    @Description("A source by global id; null when there is none.")
    public Uni<Source> source(@NonNull @Id @Name("id") String id) {
        return meetings.source(GlobalId.decode("id", GlobalId.SOURCE, id)).map(Source::of);
    }

    @Query("sources")
    @NonNull
    @Description("All sources, a page at a time (first 0-100).")
    public Uni<SourceConnection> sources(@Name("first") @DefaultValue("20") Integer first,
            @Name("after") String after) {
        Paging paging = Paging.forward(first, after);
        return meetings.sources(paging.first(), paging.after()).map(SourceConnection::of);
    }
}
