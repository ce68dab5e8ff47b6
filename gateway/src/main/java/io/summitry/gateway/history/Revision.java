package io.summitry.gateway.history;

import io.smallrye.mutiny.Uni;
import io.summitry.gateway.error.ErrorCode;
import io.summitry.gateway.error.GatewayException;

/** The {@code revision} argument of a restore: a service's revision number, as Change.revision gives it. */
public final class Revision {

    private Revision() {
    }

    public static long parse(String revision) {
        try {
            long value = Long.parseLong(revision);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw GatewayException.badInput("Argument 'revision' must be a Change.revision, got '" + revision + "'");
    }

    /**
     * A restore's refusal as the caller can act on it: the service refuses a revision that holds no state of this
     * record with a 400, which is said here in terms of the argument; a stale expectedVersion stays a CONFLICT.
     */
    public static <T> Uni<T> named(Uni<T> restore, String revision) {
        return restore.onFailure(failure -> failure instanceof GatewayException e && e.is(ErrorCode.BAD_USER_INPUT))
                .transform(failure -> GatewayException.badInput("Argument 'revision' (" + revision
                        + ") holds no state of this record: " + failure.getMessage()));
    }
}
