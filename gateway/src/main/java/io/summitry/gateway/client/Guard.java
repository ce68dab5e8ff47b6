package io.summitry.gateway.client;

import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/** Runs a call to one service under that service's circuit breaker and bulkhead. */
interface Guard {

    <T> Uni<T> call(Supplier<Uni<T>> call);
}
