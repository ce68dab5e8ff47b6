package io.summitry.gateway.source;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.MeetingsClient;
import io.summitry.gateway.node.GlobalId;

/** createSource, updateSource. */
@GraphQLApi
@RolesAllowed("editor")
public class SourceMutations {

    private final MeetingsClient meetings;

    SourceMutations(MeetingsClient meetings) {
        this.meetings = meetings;
    }

    @Mutation("createSource")
    @NonNull
    public Uni<Source> createSource(@NonNull @Name("input") SourceInput input) {
        return meetings.createSource(input.toApi()).map(Source::of);
    }

    @Mutation("updateSource")
    @NonNull
    @Description("Replaces a source; a stale expectedVersion is a CONFLICT and nothing changes.")
    public Uni<Source> updateSource(@NonNull @Id @Name("id") String id, @Name("expectedVersion") int expectedVersion,
            @NonNull @Name("input") SourceInput input) {
        return meetings.updateSource(GlobalId.decode("id", GlobalId.SOURCE, id), expectedVersion, input.toApi())
                .map(Source::of);
    }
}
