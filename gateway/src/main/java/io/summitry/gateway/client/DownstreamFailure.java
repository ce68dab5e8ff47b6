package io.summitry.gateway.client;

/** A service answered with a server error (5xx): counted by its circuit breaker, retried when reading. */
final class DownstreamFailure extends RuntimeException {

    DownstreamFailure(String service, int status) {
        super(service + " answered HTTP " + status, null, false, false);
    }
}
