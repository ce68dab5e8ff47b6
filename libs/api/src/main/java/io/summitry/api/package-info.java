/**
 * The JSON contract between the gateway and the two services. The services serialize these records in their REST
 * resources and the gateway's typed REST clients read them, so both sides compile against one definition.
 * <p>
 * Conventions: ids are UUIDs; lists come in {@link io.summitry.api.Page}s with opaque keyset cursors; every batch
 * endpoint takes an {@link io.summitry.api.IdsRequest} and answers one entry per requested id, in request order,
 * so a caller (or a positional matcher such as GraphQL Mesh) can zip results back onto its keys.
 */
package io.summitry.api;
