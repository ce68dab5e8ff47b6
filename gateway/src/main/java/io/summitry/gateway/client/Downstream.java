package io.summitry.gateway.client;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.summitry.gateway.client.ServiceGuards.ServiceGuard;
import io.summitry.gateway.error.ErrorCode;
import io.summitry.gateway.error.GatewayException;
import io.summitry.gateway.security.CallerToken;

/**
 * How every downstream call is made: counted, run under the service's guard ({@link ServiceGuards}: timeout, circuit
 * breaker, bulkhead) and within what is left of the request's deadline ({@code summitry.downstream.deadline}); reads
 * tried once more with jitter, writes never and carrying the caller's token; failures mapped to GraphQL errors.
 */
final class Downstream {

    static final String PEOPLE = "people-service";
    static final String MEETINGS = "meetings-service";

    /** The pause before a read is tried again, give or take half of it. */
    static final Duration RETRY_DELAY = Duration.ofMillis(100);

    /**
     * How much later than the guard's own timeout the request's bound fires on a first call: the guard's timer, which
     * the breaker counts as a failure, must win; the request's bound cuts short a retry or a call of a later level.
     */
    static final Duration SLACK = Duration.ofMillis(100);

    private Downstream() {
    }

    /**
     * A read is tried again after a refused or lost connection or a 5xx; not after an answer, an open breaker, a full
     * bulkhead, or a timeout (a slow service is still slow a moment later, and the caller has waited long enough).
     */
    private static boolean retryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof GatewayException || t instanceof CircuitBreakerOpenException
                    || t instanceof BulkheadException || t instanceof TimeoutException
                    || t instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException
                    || t instanceof io.smallrye.mutiny.TimeoutException) {
                return false;
            }
            if (t instanceof DownstreamFailure || t instanceof java.net.ConnectException
                    || t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    static <T> Uni<T> read(String service, MeterRegistry registry, ServiceGuard guard, Duration deadline,
            Supplier<Uni<T>> call) {
        DownstreamCalls calls = DownstreamCalls.current();
        long end = calls.deadline(deadline);
        Duration left = Duration.ofNanos(end - System.nanoTime());
        if (left.isNegative() || left.isZero()) {
            return Uni.createFrom().failure(expired(service, deadline));
        }
        // deferred: a retry goes through the guard again, so the breaker counts each attempt
        return Uni.createFrom().deferred(() -> guard.call(() -> counted(service, registry, calls, deadline, call)))
                // a retry only while the request has time for it
                .onFailure(failure -> retryable(failure) && System.nanoTime() + 2 * RETRY_DELAY.toNanos() < end)
                .retry().withBackOff(RETRY_DELAY).withJitter(0.5).atMost(1)
                .ifNoItem().after(left.plus(SLACK)).fail()
                .onFailure().transform(failure -> map(service, failure));
    }

    static <T> Uni<T> write(String service, MeterRegistry registry, ServiceGuard guard, Duration deadline,
            CallerToken token, MutationNote note, BiFunction<String, String, Uni<T>> call) {
        // Read here, on the resolver's thread, where the request's identity and the mutation's arguments are known.
        String authorization = token.authorization();
        String noteHeader;
        try {
            noteHeader = note.header();
        } catch (GatewayException badNote) {
            return Uni.createFrom().failure(badNote);
        }
        DownstreamCalls calls = DownstreamCalls.current();
        long end = calls.deadline(deadline);
        Duration left = Duration.ofNanos(end - System.nanoTime());
        if (left.isNegative() || left.isZero()) {
            return Uni.createFrom().failure(expired(service, deadline));
        }
        return guard.call(() -> counted(service, registry, calls, deadline, () -> call.apply(authorization, noteHeader)))
                .ifNoItem().after(left.plus(SLACK)).fail()
                .onFailure().transform(failure -> map(service, failure));
    }

    private static <T> Uni<T> counted(String service, MeterRegistry registry, DownstreamCalls calls,
            Duration deadline, Supplier<Uni<T>> call) {
        return Uni.createFrom().deferred(() -> {
            calls.record(service);
            registry.counter("summitry_downstream_calls", "service", service).increment();
            return call.get();
        })
                // Cancels the HTTP request itself, which the guard's timeout (a moment earlier) does not: the REST
                // client then resets the connection. Without it a silent service keeps each pooled connection busy
                // until the read timeout, and once the pool is full new calls wait for a connection, even after the
                // service answers again.
                .ifNoItem().after(deadline).fail();
    }

    private static GatewayException expired(String service, Duration deadline) {
        return GatewayException.upstream(service,
                new TimeoutException("the request waited " + deadline.toMillis() + " ms for the services already"));
    }

    private static Throwable map(String service, Throwable failure) {
        if (failure instanceof GatewayException gatewayException) {
            return gatewayException;
        }
        Log.warnf("%s call failed: %s", service, failure.toString());
        return GatewayException.upstream(service, failure);
    }

    /** Whether a failure is a 404 of the service, which single-item reads answer as null. */
    static boolean isNotFound(Throwable failure) {
        return failure instanceof GatewayException e && e.is(ErrorCode.NOT_FOUND);
    }
}
