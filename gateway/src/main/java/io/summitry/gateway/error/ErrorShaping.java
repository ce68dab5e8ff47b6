package io.summitry.gateway.error;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.InvalidSyntaxError;
import graphql.execution.AbortExecutionException;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.introspection.GoodFaithIntrospection.BadFaithIntrospectionError;
import graphql.validation.ValidationError;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

/**
 * Rewrites the errors of a GraphQL answer so that each has {@code extensions.code} (and {@code service} for
 * UPSTREAM_UNAVAILABLE) and none carries Java exception text, class names or stack traces. One failed batch call
 * fails the field of every parent in the batch; those errors are answered once, at the first path.
 */
public final class ErrorShaping {

    /** Failures of turning a request's value into an argument: the caller's input, not our bug. */
    private static final Set<String> BAD_VALUES = Set.of("CoercingParseValueException",
            "CoercingParseLiteralException", "TransformException", "NumberFormatException", "DateTimeParseException",
            "ArithmeticException");

    /** Text that would tell a client about our internals: class names, Java's rendering of values. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|java\\.|jakarta\\.|io\\.smallrye|io\\.quarkus|io\\.summitry|[A-Z][a-z]+Value\\{");

    /** graphql-java's rendering of a literal: StringValue{value='x'}, IntValue{value=5}, EnumValue{name='A'}. */
    private static final Pattern LITERAL = Pattern.compile(
            "StringValue\\{value='([^']*)'\\}|[A-Z][a-z]+Value\\{(?:value|name)='?([^'}]*)'?\\}");

    private ErrorShaping() {
    }

    public static List<GraphQLError> shape(List<GraphQLError> errors) {
        List<GraphQLError> shaped = new ArrayList<>(errors.size());
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (GraphQLError error : errors) {
            // a null on a non-null field that another error of this answer explains says nothing new
            if (error instanceof NonNullableFieldWasNullError && errors.size() > 1) {
                continue;
            }
            if (error instanceof ExceptionWhileDataFetching fetching) {
                Throwable cause = fetching.getException();
                GatewayException known = find(cause);
                if (known != null) {
                    if (seen.add(known)) {
                        shaped.add(build(error, known.getMessage(), known.code(), known.service()));
                    }
                } else if (isArgumentTransformation(cause)) {
                    String value = unparsedDate(cause);
                    shaped.add(build(error, "An argument of '" + fieldName(error) + "' has an invalid value"
                            + (value == null ? "" : " \"" + value + "\"") + " (a Date is YYYY-MM-DD)",
                            ErrorCode.BAD_USER_INPUT, null));
                } else if (cause != null && seen.add(cause)) {
                    String incident = UUID.randomUUID().toString();
                    Log.errorf(cause, "Internal error, incident %s, at %s", incident, error.getPath());
                    shaped.add(build(error, "Internal error (incident " + incident + ")", ErrorCode.INTERNAL, null));
                }
            } else {
                shaped.add(build(error, error.getMessage(), codeOf(error), null));
            }
        }
        return shaped;
    }

    /** The code of an error that graphql-java raised itself (syntax, validation, limits, coercion). */
    static ErrorCode codeOf(GraphQLError error) {
        if (error instanceof InvalidSyntaxError) {
            return ErrorCode.GRAPHQL_PARSE_FAILED;
        }
        if (error instanceof ValidationError) {
            return ErrorCode.GRAPHQL_VALIDATION_FAILED;
        }
        if (error instanceof AbortExecutionException || error instanceof BadFaithIntrospectionError) {
            // graphql-java's good-faith introspection: __schema or __type asked more than once, or cycles of __Type
            return ErrorCode.QUERY_TOO_COMPLEX;
        }
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.ExecutionAborted) {
            return ErrorCode.QUERY_TOO_COMPLEX;
        }
        if (type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax) {
            return ErrorCode.BAD_USER_INPUT;
        }
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code != null) {
            for (ErrorCode known : ErrorCode.values()) {
                if (known.name().equals(code)) {
                    return known;
                }
            }
        }
        return ErrorCode.INTERNAL;
    }

    private static boolean isArgumentTransformation(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof AbstractDataFetcherException) {
                return true;
            }
        }
        return false;
    }

    /** The text a date could not be read from, when that is the failure. */
    private static String unparsedDate(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.time.format.DateTimeParseException unparsed) {
                return unparsed.getParsedString();
            }
        }
        return null;
    }

    private static String fieldName(GraphQLError error) {
        List<Object> path = error.getPath();
        if (path == null || path.isEmpty()) {
            return "?";
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i) instanceof String name) {
                return name;
            }
        }
        return "?";
    }

    private static GatewayException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof GatewayException gatewayException) {
                return gatewayException;
            }
            if (t instanceof UnauthorizedException || t instanceof AuthenticationFailedException) {
                return new GatewayException(ErrorCode.UNAUTHENTICATED,
                        "Changing data needs a token: send Authorization: Bearer <token> with the editor role");
            }
            if (t instanceof ForbiddenException) {
                return new GatewayException(ErrorCode.FORBIDDEN, "Changing data needs the editor role");
            }
            if (BAD_VALUES.contains(t.getClass().getSimpleName())) {
                return GatewayException.badInput("A value in the request has the wrong type or format");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static GraphQLError build(GraphQLError error, String message, ErrorCode code, String service) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        if (service != null) {
            extensions.put("service", service);
        }
        if (message != null) {
            // graphql-java writes literal values as StringValue{value='…'}: say the value as the client wrote it
            message = LITERAL.matcher(message).replaceAll(literal -> literal.group(1) != null
                    ? java.util.regex.Matcher.quoteReplacement("\"" + literal.group(1) + "\"")
                    : java.util.regex.Matcher.quoteReplacement(literal.group(2)));
        }
        if (message == null || INTERNALS.matcher(message).find()) {
            message = switch (code) {
                case GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT -> "An argument has a value of the wrong type or format";
                case GRAPHQL_PARSE_FAILED -> "The query is not valid GraphQL";
                default -> "The request could not be answered";
            };
        }
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(message)
                .locations(error.getLocations()).extensions(extensions).errorType(code);
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        return builder.build();
    }
}
