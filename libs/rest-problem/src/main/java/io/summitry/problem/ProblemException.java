package io.summitry.problem;

import java.util.List;

/**
 * Thrown by resources and services to answer a problem: an unknown id, a duplicate, a stale version, input that
 * passed bean validation but breaks a rule (an EDTF string, a cycle). The message is shown to the client.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.INVALID_INPUT, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException staleVersion(String what, Object id, long expected, long actual) {
        return new ProblemException(ProblemType.STALE_VERSION, what + " " + id + " is at version " + actual
                + ", not " + expected + ": reload it and apply the change again");
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
