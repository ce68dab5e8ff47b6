package io.summitry.signin;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import io.quarkus.oidc.OIDCException;

/**
 * Tells a token that could not be checked, because its issuer's discovery document or keys could not be fetched, from
 * a token that is bad: the first is the server's trouble (503, try again), the second the caller's (401).
 */
public final class IssuerUnreachable {

    private IssuerUnreachable() {
    }

    /** Whether the failure, or one of its causes, is the issuer not answering. */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OIDCException || t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof TimeoutException || t instanceof io.vertx.core.impl.NoStackTraceTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
