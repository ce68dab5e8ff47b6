package io.summitry.gateway.error;

/**
 * A failure whose message is meant for the client, with its error code and, for UPSTREAM_UNAVAILABLE, the service
 * that failed. Any other exception reaching the schema is answered as INTERNAL without its text.
 */
public class GatewayException extends RuntimeException {

    private final ErrorCode code;
    private final String service;

    public GatewayException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    public GatewayException(ErrorCode code, String message, String service, Throwable cause) {
        super(message, cause, false, false);
        this.code = code;
        this.service = service;
    }

    public static GatewayException badInput(String message) {
        return new GatewayException(ErrorCode.BAD_USER_INPUT, message);
    }

    public static GatewayException notFound(String message) {
        return new GatewayException(ErrorCode.NOT_FOUND, message);
    }

    public static GatewayException conflict(String message) {
        return new GatewayException(ErrorCode.CONFLICT, message);
    }

    public static GatewayException upstream(String service, Throwable cause) {
        return new GatewayException(ErrorCode.UPSTREAM_UNAVAILABLE, service + " is unavailable", service, cause);
    }

    public ErrorCode code() {
        return code;
    }

    public String service() {
        return service;
    }

    public boolean is(ErrorCode other) {
        return code == other;
    }
}
