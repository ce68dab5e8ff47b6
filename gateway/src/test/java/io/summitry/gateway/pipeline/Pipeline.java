package io.summitry.gateway.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.DataFetcher;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.smallrye.graphql.scalar.GraphQLScalarTypes;

/**
 * The gateway's request pipeline without the services: graphql-java built from the schema the gateway serves
 * ({@code src/main/graphql/schema.graphql}, which {@code SchemaFileTest} keeps equal to it) with smallrye-graphql's
 * Date scalar, the gateway's {@link Documents} and {@link CodedErrors}; fields resolve to null.
 */
final class Pipeline {

    static final GraphQLSchema SCHEMA = schema();

    final Documents documents = new Documents(new DefaultLimits(), () -> SCHEMA);
    final GraphQL graphQL = GraphQL.newGraphQL(SCHEMA).preparsedDocumentProvider(documents)
            .instrumentation(new CodedErrors()).build();

    /** Runs a document as {@link GraphQLHttp} would: parsed first, then executed. */
    Map<String, Object> run(String query, Map<String, Object> variables) {
        try {
            documents.parse(query);
        } catch (Documents.Unparseable refused) {
            return Map.of("errors", java.util.List.of(refused.error.toSpecification()));
        }
        ExecutionResult result = graphQL.execute(ExecutionInput.newExecutionInput(query).variables(variables));
        return result.toSpecification();
    }

    Map<String, Object> run(String query) {
        return run(query, Map.of());
    }

    static String resource(String name) {
        try (var in = Pipeline.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GraphQLSchema schema() {
        try {
            String sdl = Files.readString(Path.of("src/main/graphql/schema.graphql")) + "\nscalar Date\nscalar DateTime\n";
            RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring().wiringFactory(new NullWiring())
                    .scalar(GraphQLScalarTypes.getScalarByName("Date"))
                    .scalar(GraphQLScalarTypes.getScalarByName("DateTime")).build();
            return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every field answers null; no abstract type is ever resolved (a null has no type). */
    private static final class NullWiring implements WiringFactory {

        @Override
        public boolean providesTypeResolver(InterfaceWiringEnvironment environment) {
            return true;
        }

        @Override
        public TypeResolver getTypeResolver(InterfaceWiringEnvironment environment) {
            return env -> null;
        }

        @Override
        public boolean providesTypeResolver(UnionWiringEnvironment environment) {
            return true;
        }

        @Override
        public TypeResolver getTypeResolver(UnionWiringEnvironment environment) {
            return env -> null;
        }

        @Override
        public boolean providesDataFetcher(FieldWiringEnvironment environment) {
            return true;
        }

        @Override
        public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
            return env -> null;
        }
    }
}
