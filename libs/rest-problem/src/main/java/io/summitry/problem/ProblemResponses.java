package io.summitry.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds problem+json responses. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, instance, errors);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
