package io.summitry.gateway.source;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Context;
import io.summitry.gateway.common.Given;
import io.summitry.gateway.error.GatewayException;
import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.node.GlobalId;

/** createSource, updateSource. */
@GraphQLApi
@RolesAllowed("editor")
public class SourceMutations {

    private final MeetingsClient meetings;

    private final Context context;

    SourceMutations(MeetingsClient meetings, Context context) {
        this.meetings = meetings;
        this.context = context;
    }

    @Mutation("createSource")
    @NonNull
    public Uni<Source> createSource(@NonNull @Name("input") SourceInput input, @Name("note") String note) {
        return meetings.createSource(input.toApi()).map(Source::of);
    }

    @Mutation("updateSource")
    @NonNull
    @Description("Changes the source: a field left out of the input keeps its stored value, an explicit null (or empty list) clears it. A stale expectedVersion is a CONFLICT and nothing changes.")
    public Uni<Source> updateSource(@NonNull @Id @Name("id") String id, @Name("expectedVersion") int expectedVersion,
            @NonNull @Name("input") SourceInput input, @Name("note") String note) {
        java.util.UUID uuid = GlobalId.decode("id", GlobalId.SOURCE, id);
        Given given = Given.in(context, "input");
        return meetings.source(uuid).onItem().ifNull()
                .failWith(() -> GatewayException.notFound("There is no source with id " + id))
                .chain(stored -> meetings.updateSource(uuid, expectedVersion, input.toApi(given, stored)))
                .map(Source::of);
    }
}
