package io.summitry.gateway.id;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A Relay node: anything with a global id that {@code node(id:)} can fetch again. */
@Interface
@Name("Node")
@Description("Anything with a global id that node(id:) can fetch again.")
public interface Node {

    @Id
    @NonNull
    @Name("id")
    String id();
}
