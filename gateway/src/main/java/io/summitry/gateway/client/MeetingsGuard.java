package io.summitry.gateway.client;

import java.util.function.Supplier;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import io.summitry.gateway.error.GatewayException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The circuit breaker and bulkhead of every call to meetings-service, reads and writes alike (one method, so one breaker):
 * once half of the recent calls failed, calls fail at once for a while; a bulkhead bounds the calls in flight.
 * Answers the service gave on purpose ({@link GatewayException}: not found, invalid input, conflict) do not count
 * as failures. The deadline and the retry of reads are in {@link Downstream}. Values are MicroProfile Fault
 * Tolerance configuration, e.g. {@code io.summitry.gateway.client.MeetingsGuard/call/CircuitBreaker/delay=10000}.
 */
@ApplicationScoped
public class MeetingsGuard implements Guard {

    @Override
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 3000, successThreshold = 1,
            skipOn = GatewayException.class)
    @CircuitBreakerName("meetings-service")
    @Bulkhead(value = 32, waitingTaskQueue = 128)
    public <T> Uni<T> call(Supplier<Uni<T>> call) {
        return Uni.createFrom().deferred(call::get);
    }
}
