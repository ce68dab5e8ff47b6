package io.summitry.gateway.live.cache;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition.Operation;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * The response cache's part in graphql-java's execution: every query answer says {@code responseCache: {hit: false}}
 * (a hit never runs), and a mutation evicts the answers holding the records it named, in its arguments or its answer,
 * before that answer is returned: once a client has the mutation's answer, this gateway serves no older value.
 */
public final class CacheInstrumentation extends SimplePerformantInstrumentation {

    private static final String OPERATION = CacheInstrumentation.class.getName() + ".operation";
    private static final String NAMED = CacheInstrumentation.class.getName() + ".named";
    private static final Map<String, Object> MISS = Map.of("hit", false);

    private final ResponseCache cache;

    public CacheInstrumentation(ResponseCache cache) {
        this.cache = cache;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        Operation operation = execution.getOperationDefinition().getOperation();
        execution.getGraphQLContext().put(OPERATION, operation);
        if (operation == Operation.QUERY) {
            // among smallrye's added extensions, beside downstreamCalls: an answer whose ExecutionResult has
            // extensions of its own is written without the added ones
            SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
            if (context != null) {
                context.getAddedExtensions().put(ResponseCache.EXTENSION, MISS);
            }
        } else if (operation == Operation.MUTATION) {
            // evict before it runs too: a read that starts while it writes must not store what it read before
            Set<String> named = named(execution);
            execution.getGraphQLContext().put(NAMED, named);
            cache.evict(named, "mutation");
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (parameters.getGraphQLContext().get(OPERATION) == Operation.MUTATION) {
            Set<String> tags = new HashSet<>();
            Set<String> named = parameters.getGraphQLContext().get(NAMED);
            if (named != null) {
                tags.addAll(named);
            }
            AnswerTags.globalIds(result.getData(), tags); // what it created, and what a delete answers
            cache.evict(tags, "mutation");
        }
        return CompletableFuture.completedFuture(result);
    }

    /** The records a mutation names in its arguments, as literals or variables. */
    private static Set<String> named(ExecutionContext execution) {
        Set<String> tags = new HashSet<>();
        AnswerTags.literalIds(execution.getOperationDefinition(), tags);
        AnswerTags.globalIds(execution.getCoercedVariables().toMap(), tags);
        return tags;
    }
}
