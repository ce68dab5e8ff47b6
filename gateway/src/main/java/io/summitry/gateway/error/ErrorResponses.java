package io.summitry.gateway.error;

import graphql.ExecutionResult;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.cdi.event.AfterExecute;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Shapes the errors of every executed GraphQL request (see {@link ErrorShaping}) before smallrye writes it. */
@ApplicationScoped
public class ErrorResponses {

    void afterExecute(@Observes @AfterExecute Context context) {
        if (!(context instanceof SmallRyeContext smallRyeContext)) {
            return;
        }
        ExecutionResult result = smallRyeContext.unwrap(ExecutionResult.class);
        if (result == null || result.getErrors() == null || result.getErrors().isEmpty()) {
            return;
        }
        smallRyeContext.setExecutionResult(result.transform(builder -> builder
                .errors(ErrorShaping.shape(result.getErrors()))));
    }
}
