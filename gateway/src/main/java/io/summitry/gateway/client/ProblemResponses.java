package io.summitry.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.summitry.gateway.error.ErrorCode;
import io.summitry.gateway.error.GatewayException;
import jakarta.ws.rs.core.Response;

/** Turns a service's error answer (RFC 9457 problem+json) into the GraphQL error the client sees. */
final class ProblemResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {
    }

    static RuntimeException toException(String service, Response response) {
        int status = response.getStatus();
        ErrorCode code = switch (status) {
            case 400, 422, 428 -> ErrorCode.BAD_USER_INPUT;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 409, 412 -> ErrorCode.CONFLICT;
            default -> status < 500 ? ErrorCode.BAD_USER_INPUT : ErrorCode.UPSTREAM_UNAVAILABLE;
        };
        if (code == ErrorCode.UPSTREAM_UNAVAILABLE) {
            // not a GatewayException: the service's circuit breaker counts it and reads retry it
            return new DownstreamFailure(service, status);
        }
        return new GatewayException(code, message(response, status));
    }

    private static String message(Response response, int status) {
        try {
            JsonNode problem = JSON.readTree(response.readEntity(String.class));
            StringBuilder text = new StringBuilder(problem.path("detail").asText(problem.path("title").asText("")));
            JsonNode errors = problem.path("errors");
            if (errors.isArray() && !errors.isEmpty()) {
                text.append(text.isEmpty() ? "" : ": ");
                for (int i = 0; i < errors.size(); i++) {
                    JsonNode error = errors.get(i);
                    text.append(i == 0 ? "" : "; ").append(error.path("field").asText())
                            .append(' ').append(error.path("message").asText());
                }
            }
            if (!text.isEmpty()) {
                return text.toString();
            }
        } catch (Exception unreadable) {
            // no usable body: fall through to a generic message
        }
        return "The request was refused (HTTP " + status + ")";
    }
}
