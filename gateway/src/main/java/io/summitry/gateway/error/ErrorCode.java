package io.summitry.gateway.error;

import graphql.ErrorClassification;

/**
 * The values of {@code extensions.code} on every GraphQL error the gateway answers; also its
 * {@code extensions.classification}, so that no graphql-java class-like name (DataFetchingException) reaches a client.
 */
public enum ErrorCode implements ErrorClassification {
    /** The HTTP request is not a GraphQL request: a body that is not UTF-8 JSON, a malformed URL. */
    BAD_REQUEST,
    BAD_USER_INPUT,
    NOT_FOUND,
    CONFLICT,
    UNAUTHENTICATED,
    /** A token whose issuer cannot be reached to fetch its keys: HTTP 503, nothing done; reads need no token. */
    ISSUER_UNAVAILABLE,
    FORBIDDEN,
    QUERY_TOO_COMPLEX,
    /** A subscription over the limit of one connection (summitry.subscriptions.max-per-connection). */
    TOO_MANY_SUBSCRIPTIONS,
    /** A subscriber that did not keep up with its changes: its subscription ends. */
    SLOW_CONSUMER,
    UPSTREAM_UNAVAILABLE,
    GRAPHQL_PARSE_FAILED,
    GRAPHQL_VALIDATION_FAILED,
    PERSISTED_QUERY_NOT_FOUND,
    PERSISTED_QUERY_NOT_ALLOWED,
    PERSISTED_QUERY_NOT_SUPPORTED,
    INTERNAL
}
