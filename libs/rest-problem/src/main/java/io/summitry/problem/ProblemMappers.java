package io.summitry.problem;

import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.jboss.logging.Logger;

/**
 * Turns every failure of a request into an RFC 9457 problem+json response. Messages of our own
 * {@link ProblemException}s and of validation are shown; anything unexpected becomes a 500 whose detail is only an
 * id to find the logged stack trace by.
 */
public class ProblemMappers {

    // io.quarkus.logging.Log is rewritten only in application classes, not in a library jar such as this one.
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.type(), e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message())
                .collect(java.util.stream.Collectors.joining("; "));
        return ProblemResponses.of(ProblemType.INVALID_INPUT, detail, errors, uri);
    }

    @ServerExceptionMapper({ JsonProcessingException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            String message = mapping instanceof InvalidFormatException invalid
                    ? "cannot read " + quote(invalid.getValue()) + " as " + invalid.getTargetType().getSimpleName()
                    : "has the wrong type or shape";
            return ProblemResponses.of(ProblemType.INVALID_INPUT, field + " " + message,
                    List.of(new Problem.FieldError(field, message)), uri);
        }
        return ProblemResponses.of(ProblemType.INVALID_INPUT, "The request body is not valid JSON", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // Quarkus REST reports a body that is not JSON as a bare 400 wrapping Jackson's exception.
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String message = e.getMessage();
        boolean generic = message == null || message.startsWith("HTTP " + status);
        String detail = status >= 500 ? null : !generic ? message : switch (status) {
            case 404 -> "There is nothing at " + (uri == null ? "this path" : uri.getRequestUri().getRawPath());
            case 405 -> "This path does not accept that method";
            case 415 -> "Send the body as application/json";
            default -> message;
        };
        return ProblemResponses.of(type, detail, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        // Database failures reach here wrapped (PersistenceException, RollbackException…): look at the causes.
        var database = DatabaseProblems.of(e);
        if (database.isPresent()) {
            return problem(database.get(), uri);
        }
        if (DatabaseProblems.unavailable(e)) {
            LOG.warnf("Database unavailable for %s: %s", uri == null ? "a request" : uri.getRequestUri().getRawPath(),
                    e.getMessage());
            Response problem = ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE,
                    "The database is unavailable; try again in a few seconds", List.of(), uri);
            return Response.fromResponse(problem).header("Retry-After", "5").build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return ProblemResponses.of(ProblemType.INTERNAL, "Unexpected error; incident " + incident, List.of(), uri);
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Paths of resource-method parameters start with the method and argument names ("create.input.name"):
        // the client knows only the part inside the body or the query parameter's name.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String quote(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
    }
}
