package io.summitry.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URI per kind of problem (clients switch on it or on
 * {@code status}); {@code errors} names the offending fields of invalid input. Never carries a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    /** The media type of every error body the services send. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: a dotted path into the request ({@code date.edtf}, {@code ids[3]}) and what is wrong. */
    public record FieldError(String field, String message) {
    }
}
