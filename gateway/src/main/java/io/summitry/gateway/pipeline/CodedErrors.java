package io.summitry.gateway.pipeline;

import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.summitry.gateway.error.ErrorShaping;

/**
 * Gives every error of an answer its {@code extensions.code} (see {@link ErrorShaping}) as graphql-java completes the
 * answer: refusals of the limits, syntax and validation errors, variables that cannot be coerced, good-faith
 * introspection, resolver failures.
 */
final class CodedErrors extends SimplePerformantInstrumentation {

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors() == null || result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        return CompletableFuture.completedFuture(
                result.transform(builder -> builder.errors(ErrorShaping.shape(result.getErrors()))));
    }
}
