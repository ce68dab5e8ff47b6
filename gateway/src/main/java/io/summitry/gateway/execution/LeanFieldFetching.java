package io.summitry.gateway.execution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

/**
 * Makes answering a field that only reads a record component cost what it should, which is what large lists (a
 * series with all its rounds) spend most of their time on.
 * <p>
 * smallrye-graphql resolves every such field through a {@link FieldDataFetcher}, which first builds a per-field
 * context, including a JSON copy of the field's whole sub-selection, and then reads the value reflectively. Here the
 * fields that read a component of the gateway's records are answered by {@link RecordComponentFetcher} instead; a
 * source that is not such a record still goes to smallrye's fetcher. None of the gateway's record components carries
 * a format or adapter annotation, the only thing smallrye's fetcher would add.
 * <p>
 * It also replaces the field visibility that smallrye builds from Quarkus's default value {@code default}: a
 * {@code BlockedFields} with the pattern "default", which runs a regular expression on every field of every answer and
 * blocks nothing. A configured visibility ({@code no-introspection}, patterns) is kept.
 */
@ApplicationScoped
class LeanFieldFetching {

    private final String fieldVisibility;

    LeanFieldFetching(@ConfigProperty(name = "quarkus.smallrye-graphql.field-visibility") String fieldVisibility) {
        this.fieldVisibility = fieldVisibility;
    }

    GraphQLSchema.Builder rewrite(@Observes GraphQLSchema.Builder builder) {
        // the builder hides its code registry: build once (start-up only) to read it, then hand back a lean copy
        GraphQLSchema schema = builder.build();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        return builder.codeRegistry(registry.transform(lean -> {
            if ("default".equals(fieldVisibility)) {
                lean.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            }
            for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                    .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast)
                    .filter(t -> !t.getName().startsWith("__")).toList()) {
                for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
                    DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                    if (fetcher instanceof FieldDataFetcher<?>) {
                        lean.dataFetcher(coordinates, new RecordComponentFetcher(field.getName(), fetcher));
                    }
                }
            }
        }));
    }
}
