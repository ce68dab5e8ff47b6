package io.summitry.gateway.pipeline;

import io.summitry.gateway.limits.LimitsConfig;

/** The limits as configured by default (the {@code @WithDefault} values of {@link LimitsConfig}), for unit tests. */
class DefaultLimits implements LimitsConfig {

    @Override
    public long maxBodyBytes() {
        return 262144;
    }

    @Override
    public int maxJsonDepth() {
        return 64;
    }

    @Override
    public int maxDocumentBytes() {
        return 32768;
    }

    @Override
    public int maxTokens() {
        return 5000;
    }

    @Override
    public int maxDepth() {
        return 15;
    }

    @Override
    public int maxAliases() {
        return 50;
    }

    @Override
    public int maxDirectives() {
        return 50;
    }

    @Override
    public int maxRootFields() {
        return 20;
    }

    @Override
    public long maxCost() {
        return 10000;
    }

    @Override
    public int assumedListSize() {
        return 10;
    }

    @Override
    public long maxVisitedFields() {
        return 20000;
    }
}
