package io.summitry.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URI per kind of problem (clients switch on it or on
 * {@code status}); {@code errors} names the offending fields of invalid input. Never carries a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
// Only ever a Response entity (ProblemResponses), whose type Quarkus cannot see, so it would not register it: in a
// native executable Jackson could then not read its components, and every 4xx answer would turn into a 500.
// deploy's NativeRegistrationTest fails for any Response entity type left unregistered.
@RegisterForReflection
public record Problem(URI type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    /** The media type of every error body the services send. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: a dotted path into the request ({@code date.edtf}, {@code ids[3]}) and what is wrong. */
    @RegisterForReflection // serialised inside Problem, so registered for the same reason
    public record FieldError(String field, String message) {
    }
}
