package io.summitry.gateway.pipeline;

import java.util.List;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.summitry.gateway.live.cache.CacheInstrumentation;
import io.summitry.gateway.live.cache.ResponseCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Puts the gateway's steps into graphql-java as smallrye-graphql builds it (the {@code GraphQL.Builder} event that
 * {@link PipelineEvents} fires): {@link Documents} provides each parsed, measured and validated
 * document, {@link CodedErrors} gives every error of every answer its code, {@link CacheInstrumentation} marks query
 * answers for the response cache and evicts what a mutation names.
 * <p>
 * This replaces the instrumentation smallrye-graphql sets up, which here holds only its query cache (its complexity and
 * depth instrumentations are not configured: {@link Documents} measures instead); smallrye's tracing is an
 * {@code EventingService}, not an instrumentation, and stays.
 */
@ApplicationScoped
class GraphQLPipeline {

    private final Documents documents;
    private final ResponseCache responseCache;

    GraphQLPipeline(Documents documents, ResponseCache responseCache) {
        this.documents = documents;
        this.responseCache = responseCache;
    }

    void install(@Observes GraphQL.Builder builder) {
        builder.preparsedDocumentProvider(documents).instrumentation(
                new ChainedInstrumentation(List.of(new CodedErrors(), new CacheInstrumentation(responseCache))));
    }
}
