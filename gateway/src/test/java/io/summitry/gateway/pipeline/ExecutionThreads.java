package io.summitry.gateway.pipeline;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.cdi.event.BeforeExecute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Notes the thread each GraphQL request starts on: smallrye-graphql fires BeforeExecute on the thread that then
 * parses, measures, validates and starts executing it, all synchronously.
 */
@ApplicationScoped
public class ExecutionThreads {

    static final List<String> seen = new CopyOnWriteArrayList<>();

    void beforeExecute(@Observes @BeforeExecute Context context) {
        if (seen.size() < 100) {
            seen.add(Thread.currentThread().getName());
        }
    }
}
