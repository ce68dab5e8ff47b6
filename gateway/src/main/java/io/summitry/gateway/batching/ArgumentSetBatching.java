package io.summitry.gateway.batching;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.logging.Log;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;

/**
 * Lets a batched field answer each of its argument sets: at start-up, every field that smallrye resolves in batches
 * ({@code @Source List<…>} resolvers, a {@link BatchDataFetcher}) and that takes arguments is found in the schema built
 * from the resolver classes, and its fetcher wrapped in an {@link ArgumentSetFetcher}. Nothing lists the fields by
 * hand: a new batched field with arguments is covered when it is written.
 */
@ApplicationScoped
class ArgumentSetBatching {

    private volatile List<String> fields = List.of();

    GraphQLSchema.Builder rewrite(@Observes GraphQLSchema.Builder builder) {
        // the builder hides its code registry: build once (start-up only) to read it, then hand back a new one
        GraphQLSchema schema = builder.build();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        List<String> found = new ArrayList<>();
        GraphQLCodeRegistry rewritten = registry.transform(code -> {
            for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                    .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast)
                    .filter(t -> !t.getName().startsWith("__")).toList()) {
                for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
                    DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                    if (fetcher instanceof BatchDataFetcher<?> && !field.getArguments().isEmpty()) {
                        code.dataFetcher(coordinates, new ArgumentSetFetcher(loaderName(type, field), fetcher));
                        found.add(type.getName() + "." + field.getName());
                    }
                }
            }
        });
        fields = List.copyOf(found);
        Log.debugf("Batched fields answered per argument set: %s", fields);
        return builder.codeRegistry(rewritten);
    }

    /** The name smallrye registers a batched field's DataLoader under (its {@code BatchLoaderHelper.getName}). */
    static String loaderName(GraphQLObjectType type, GraphQLFieldDefinition field) {
        return type.getName() + "_" + field.getName();
    }

    /** The batched fields with arguments found at start-up, as {@code Type.field}. */
    List<String> fields() {
        return fields;
    }
}
