package io.summitry.gateway.common;

import java.time.Instant;

import io.summitry.gateway.error.GatewayException;

/** The {@code asOf} argument of a read as it stood: an instant that has happened. */
public final class AsOf {

    private AsOf() {
    }

    /** The instant, or BAD_USER_INPUT naming {@code asOf} when it lies in the future (nothing is known of it yet). */
    public static Instant checked(Instant asOf) {
        Instant now = Instant.now();
        if (asOf.isAfter(now)) {
            throw GatewayException.badInput("Argument 'asOf' is in the future (" + asOf + "; now is " + now + ")");
        }
        return asOf;
    }
}
