package io.summitry.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.summitry.signin.IssuerUnreachable;

/**
 * Answers a write without a valid token (401), without the editor role (403), or whose token's issuer cannot be
 * reached to check it (503) as problem+json. Needs
 * {@code quarkus.http.auth.proactive=false} and permissions that apply to JAX-RS, so the checks run where these
 * mappers see them.
 */
public class SecurityProblemMappers {

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class, OIDCException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        if (IssuerUnreachable.causes(e)) {
            // the token may well be good: its issuer's keys could not be fetched; nothing was written, try again
            return ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE, "The token's issuer cannot be reached to "
                    + "verify it; try again shortly (reads need no token)", List.of(), uri);
        }
        Response problem = ProblemResponses.of(ProblemType.UNAUTHENTICATED,
                "Send Authorization: Bearer <token> with a valid token to change data", List.of(), uri);
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "Changing data needs the editor role", List.of(), uri);
    }
}
