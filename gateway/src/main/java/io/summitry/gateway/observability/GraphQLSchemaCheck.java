package io.summitry.gateway.observability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import graphql.schema.GraphQLSchema;

/** The gateway is ready when it can serve its GraphQL schema; the services' state does not count (see below). */
@Readiness
@ApplicationScoped
public class GraphQLSchemaCheck implements HealthCheck {

    private final Instance<GraphQLSchema> schema;

    GraphQLSchemaCheck(Instance<GraphQLSchema> schema) {
        this.schema = schema;
    }

    @Override
    public HealthCheckResponse call() {
        GraphQLSchema built = schema.isResolvable() ? schema.get() : null;
        boolean ready = built != null && built.getQueryType() != null;
        return HealthCheckResponse.builder().name("graphql schema").status(ready)
                .withData("queryFields", ready ? built.getQueryType().getFieldDefinitions().size() : 0).build();
    }
}
