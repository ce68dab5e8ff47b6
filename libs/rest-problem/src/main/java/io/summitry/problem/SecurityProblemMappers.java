package io.summitry.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Answers a write without a valid token (401) or without the editor role (403) as problem+json. Needs
 * {@code quarkus.http.auth.proactive=false} and permissions that apply to JAX-RS, so the checks run where these
 * mappers see them.
 */
public class SecurityProblemMappers {

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Response problem = ProblemResponses.of(ProblemType.UNAUTHENTICATED,
                "Send Authorization: Bearer <token> with a valid token to change data", List.of(), uri);
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "Changing data needs the editor role", List.of(), uri);
    }
}
