package io.summitry.gateway.client;

import java.net.ConnectException;
import java.time.Duration;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.summitry.gateway.error.ErrorCode;
import io.summitry.gateway.error.GatewayException;

/** How every downstream call is made: counted, given a deadline, retried once if a read could not connect, mapped. */
final class Downstream {

    static final String PEOPLE = "people-service";
    static final String MEETINGS = "meetings-service";

    private Downstream() {
    }

    static <T> Uni<T> read(String service, MeterRegistry registry, Duration deadline, Supplier<Uni<T>> call) {
        return send(service, registry, deadline, call)
                .onFailure(Downstream::couldNotConnect).retry().withBackOff(Duration.ofMillis(50)).atMost(1)
                .onFailure().transform(failure -> map(service, failure));
    }

    static <T> Uni<T> write(String service, MeterRegistry registry, Duration deadline, Supplier<Uni<T>> call) {
        return send(service, registry, deadline, call).onFailure().transform(failure -> map(service, failure));
    }

    private static <T> Uni<T> send(String service, MeterRegistry registry, Duration deadline,
            Supplier<Uni<T>> call) {
        DownstreamCalls calls = DownstreamCalls.current();
        return Uni.createFrom().deferred(() -> {
            calls.record(service);
            registry.counter("summitry_downstream_calls", "service", service).increment();
            return call.get();
        }).ifNoItem().after(deadline).fail();
    }

    private static boolean couldNotConnect(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
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
