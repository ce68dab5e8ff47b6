package io.summitry.gateway.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The limits every GraphQL request is measured against before it runs ("Security and limits" in the README); each one
 * exceeded is QUERY_TOO_COMPLEX naming it.
 */
@ConfigMapping(prefix = "summitry.limits")
public interface LimitsConfig {

    /** The largest request body accepted, in bytes. */
    @WithDefault("262144")
    long maxBodyBytes();

    /**
     * The deepest nesting of JSON in a request (objects and arrays, counted from the body's top; a GET's
     * {@code variables} and {@code extensions} as the members of a body they stand for), checked before it is parsed:
     * every reader after it builds or walks values recursively.
     */
    @WithDefault("64")
    int maxJsonDepth();

    /** The largest query document, in bytes (UTF-8). */
    @WithDefault("32768")
    int maxDocumentBytes();

    /** The most tokens a query document may have. */
    @WithDefault("5000")
    int maxTokens();

    /** The deepest nesting of fields, fragments expanded. */
    @WithDefault("15")
    int maxDepth();

    /** The most aliases in a document. */
    @WithDefault("50")
    int maxAliases();

    /**
     * The most directives a document may use ({@code @include}, {@code @skip}, unknown ones alike), counted while it is
     * parsed: graphql-java validates and evaluates each one, and a single field may repeat them thousands of times.
     */
    @WithDefault("50")
    int maxDirectives();

    /** The most fields at the root of an operation. */
    @WithDefault("20")
    int maxRootFields();

    /** The highest cost of an operation (weights in QueryMeasure). */
    @WithDefault("10000")
    long maxCost();

    /** The size assumed for a list field that has no {@code first} argument, when computing the cost. */
    @WithDefault("10")
    int assumedListSize();

    /**
     * The most fields a document may expand to, fragments expanded where they are spread (validation and execution
     * work on the expanded document); also how many selections the measurement visits at most.
     */
    @WithDefault("20000")
    long maxVisitedFields();
}
