package io.summitry.gateway.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The caller's verified token as an Authorization header value, which the gateway forwards on writes so that each
 * service checks the same token itself.
 */
@ApplicationScoped
public class CallerToken {

    private final SecurityIdentity identity;

    CallerToken(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** {@code Bearer <token>} of the request being resolved, or null for an anonymous caller. */
    public String authorization() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getRawToken() == null) {
            return null;
        }
        return "Bearer " + jwt.getRawToken();
    }
}
