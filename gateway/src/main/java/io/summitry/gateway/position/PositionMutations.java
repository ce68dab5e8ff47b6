package io.summitry.gateway.position;

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
import java.util.UUID;
import io.smallrye.mutiny.Uni;
import io.summitry.api.people.PositionDto;
import io.summitry.gateway.client.PeopleClient;
import io.summitry.gateway.client.References;
import io.summitry.gateway.node.GlobalId;

/** addPosition, updatePosition, deletePosition. */
@GraphQLApi
@RolesAllowed("editor")
public class PositionMutations {

    private final PeopleClient people;
    private final References references;

    private final Context context;

    PositionMutations(PeopleClient people, References references, Context context) {
        this.people = people;
        this.references = references;
        this.context = context;
    }

    @Mutation("addPosition")
    @NonNull
    @Description("Records a post held; its sources must exist in meetings-service (BAD_USER_INPUT otherwise).")
    public Uni<Position> addPosition(@NonNull @Name("input") PositionInput input, @Name("note") String note) {
        io.summitry.api.people.PositionInput api = input.toApi();
        Uni<Void> sources = references.sources("input.sourceIds", api.sourceIds());
        Uni<PositionDto> write = people.createPosition(api);
        return sources.chain(() -> write).map(Position::of);
    }

    @Mutation("updatePosition")
    @NonNull
    @Description("Changes the post: a field left out of the input keeps its stored value, an explicit null (or empty list) clears it. A stale expectedVersion is a CONFLICT and nothing changes.")
    public Uni<Position> updatePosition(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @NonNull @Name("input") PositionInput input, @Name("note") String note) {
        UUID uuid = GlobalId.decode("id", GlobalId.POSITION, id);
        Given given = Given.in(context, "input");
        return people.position(uuid).onItem().ifNull()
                .failWith(() -> GatewayException.notFound("There is no position with id " + id))
                .chain(stored -> {
                    io.summitry.api.people.PositionInput api = input.toApi(given, stored);
                    return references.sources("input.sourceIds", api.sourceIds())
                            .chain(() -> people.updatePosition(uuid, expectedVersion, api));
                }).map(Position::of);
    }

    @Mutation("deletePosition")
    @NonNull
    @Id
    public Uni<String> deletePosition(@NonNull @Id @Name("id") String id,
            @Name("expectedVersion") int expectedVersion, @Name("note") String note) {
        return people.deletePosition(GlobalId.decode("id", GlobalId.POSITION, id), expectedVersion).replaceWith(id);
    }
}
