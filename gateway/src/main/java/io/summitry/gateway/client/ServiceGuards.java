package io.summitry.gateway.client;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import io.summitry.gateway.error.GatewayException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;

/**
 * The fault tolerance of the calls to each service (SmallRye Fault Tolerance's programmatic {@link Guard}: one guard
 * per service, so that its reads and writes, made from many client methods, share one circuit breaker and bulkhead).
 * <p>
 * Each call runs under a timeout of the deadline inside the breaker, so a service that accepts connections and never
 * answers (stopped, a long GC pause, a stuck database) fails its calls as surely as one that refuses them: once half
 * of the latest calls failed or timed out, the breaker opens and calls fail at once for a while. The bulkhead bounds
 * the calls in flight. Answers the service gave on purpose ({@link GatewayException}: not found, invalid input,
 * conflict) are not failures. The request's own deadline and the retry of reads are in {@link Downstream}.
 * <p>
 * A guard called on a Vert.x thread otherwise remembers that thread's context and moves both the call and its outcome
 * back onto it; from a worker thread that is two {@code executeBlocking} hops per call, which were a third of the
 * gateway's CPU samples under load. With offload "on" to a direct executor the guard neither remembers nor moves
 * anything: the call starts on the resolver's thread and its outcome goes on where the REST client delivered it (the
 * event loop of the connection), as it would without a guard. What runs there is graphql-java completing the fields of
 * an answer whose document was measured within its budget; smallrye moves a blocking resolver to a worker itself.
 */
@ApplicationScoped
public class ServiceGuards {

    private final ServiceGuard people;
    private final ServiceGuard meetings;

    ServiceGuards(DownstreamConfig config) {
        this.people = new ServiceGuard(Downstream.PEOPLE, config);
        this.meetings = new ServiceGuard(Downstream.MEETINGS, config);
    }

    ServiceGuard people() {
        return people;
    }

    ServiceGuard meetings() {
        return meetings;
    }

    /** The guard of one service; its breaker is named after the service ({@code CircuitBreakerMaintenance}). */
    static final class ServiceGuard {

        private static final TypeLiteral<Uni<Object>> UNI = new TypeLiteral<>() {
        };

        private final Guard guard;

        ServiceGuard(String service, DownstreamConfig config) {
            DownstreamConfig.Breaker breaker = config.breaker();
            this.guard = Guard.create().withDescription(service)
                    .withCircuitBreaker().name(service)
                    .requestVolumeThreshold(breaker.requestVolume()).failureRatio(breaker.failureRatio())
                    .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS).successThreshold(1)
                    .skipOn(GatewayException.class).done()
                    .withTimeout().duration(config.deadline().toMillis(), ChronoUnit.MILLIS).done()
                    .withBulkhead().limit(config.bulkhead().limit()).queueSize(config.bulkhead().queue()).done()
                    .withThreadOffload(true).withThreadOffloadExecutor(Runnable::run)
                    .build();
        }

        @SuppressWarnings({ "unchecked", "rawtypes" })
        <T> Uni<T> call(Supplier<Uni<T>> call) {
            return (Uni<T>) guard.get((Supplier) call, UNI);
        }
    }
}
