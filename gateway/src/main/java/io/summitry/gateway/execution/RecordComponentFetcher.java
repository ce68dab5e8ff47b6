package io.summitry.gateway.execution;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

/**
 * Answers a field with the record component of the same name, through its accessor found once per record class (the
 * accessor smallrye's own fetcher would call, so native images have it registered already); any other source goes to
 * the fetcher it replaces.
 */
final class RecordComponentFetcher implements TrivialDataFetcher<Object> {

    private final String component;
    private final DataFetcher<?> fallback;
    private final ClassValue<Method> accessors = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return null;
            }
            try {
                return type.getMethod(component);
            } catch (NoSuchMethodException notAComponent) {
                return null;
            }
        }
    };

    RecordComponentFetcher(String component, DataFetcher<?> fallback) {
        this.component = component;
        this.fallback = fallback;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        Object source = environment.getSource();
        Method accessor = source == null ? null : accessors.get(source.getClass());
        if (accessor == null) {
            return fallback.get(environment);
        }
        try {
            return accessor.invoke(source);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
