package io.summitry.gateway.pipeline;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;

/**
 * Notes the thread each GraphQL request starts on: smallrye-graphql calls beforeExecute on the thread that then parses,
 * measures, validates and starts executing it, all synchronously. Hooked in as the gateway's own
 * {@link PipelineEvents} is, through smallrye's SPI ({@code META-INF/services} of the tests).
 */
public class ExecutionThreads implements EventingService {

    static final List<String> seen = new CopyOnWriteArrayList<>();

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void beforeExecute(Context context) {
        if (seen.size() < 100) {
            seen.add(Thread.currentThread().getName());
        }
    }
}
