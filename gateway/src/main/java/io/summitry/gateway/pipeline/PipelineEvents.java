package io.summitry.gateway.pipeline;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.event.Priorities;
import io.smallrye.graphql.spi.EventingService;
import io.summitry.gateway.observability.GraphQLOperationMetrics;

/**
 * The gateway's hooks into smallrye-graphql's build and execution, through its {@link EventingService} SPI (listed in
 * {@code META-INF/services}).
 * <p>
 * smallrye's CDI eventing ({@code quarkus.smallrye-graphql.events.enabled}) would turn every hook into a CDI event,
 * including one before and after each field it fetches, and Arc resolves the observers of each event as it is fired:
 * that was 7% of the gateway's CPU on a meeting list. So CDI eventing is off, and only what the gateway observes is
 * hooked: the two builders, at start-up, go on as CDI events to their observers ({@link GraphQLPipeline},
 * {@code ArgumentSetBatching}, {@code LeanFieldFetching}); each operation's start and end go straight to
 * {@link GraphQLOperationMetrics}. The priority is that of smallrye's CDI eventing, so the operation's span
 * (smallrye's tracing, which comes first) is current when the metrics name it.
 */
@Priority(Priorities.FIRST_IN_LAST_OUT + 200)
public class PipelineEvents implements EventingService {

    private volatile GraphQLOperationMetrics metrics;

    /** None: always on. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        CDI.current().getBeanManager().getEvent().select(GraphQLSchema.Builder.class).fire(builder);
        return builder;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        CDI.current().getBeanManager().getEvent().select(GraphQL.Builder.class).fire(builder);
        return builder;
    }

    @Override
    public void beforeExecute(Context context) {
        metrics().beforeExecute(context);
    }

    @Override
    public void afterExecute(Context context) {
        metrics().afterExecute(context);
    }

    @Override
    public void errorExecute(Context context, Throwable failure) {
        metrics().errorExecute(context.getExecutionId());
    }

    /** Looked up once, on first use: smallrye loads this class before it runs any request. */
    private GraphQLOperationMetrics metrics() {
        GraphQLOperationMetrics found = metrics;
        if (found == null) {
            found = CDI.current().select(GraphQLOperationMetrics.class).get();
            metrics = found;
        }
        return found;
    }
}
