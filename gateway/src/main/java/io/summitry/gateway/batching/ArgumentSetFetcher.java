package io.summitry.gateway.batching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DelegatingDataFetchingEnvironment;

/**
 * Resolves a batched field that takes arguments with one DataLoader per distinct set of arguments, so that
 * {@code a: positionAt(date: "2018-09-19") b: positionAt(date: "2007-10-02")} makes two calls, each with its own
 * date, where smallrye's single DataLoader per field would make one call with the first occurrence's arguments.
 * <p>
 * The first set of arguments a request asks goes to smallrye's own DataLoader for the field; each further set gets a
 * copy of it (the same batch function and options) registered in the request's registry under its own name, which
 * graphql-java dispatches with the others at the end of the level. Parents asking the same arguments anywhere at one
 * level therefore share one call; a level costs one call per distinct argument set.
 */
final class ArgumentSetFetcher implements DataFetcher<Object> {

    private final String loaderName;
    private final DataFetcher<?> batch;

    /**
     * @param loaderName the name smallrye registers the field's DataLoader under
     * @param batch smallrye's fetcher for the field, which loads through the DataLoader of that name
     */
    ArgumentSetFetcher(String loaderName, DataFetcher<?> batch) {
        this.loaderName = loaderName;
        this.batch = batch;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        DataLoaderRegistry registry = environment.getDataLoaderRegistry();
        DataLoader<Object, Object> shared = registry == null ? null : registry.getDataLoader(loaderName);
        if (shared == null) {
            return batch.get(environment);
        }
        ArgumentSets sets = environment.getGraphQlContext()
                .computeIfAbsent(ArgumentSets.class.getName() + "/" + loaderName, key -> new ArgumentSets());
        String name = sets.nameOf(loaderName, environment.getArguments());
        if (name.equals(loaderName)) {
            return batch.get(environment);
        }
        DataLoader<Object, Object> own = registry.computeIfAbsent(name, key -> DataLoaderFactory.newDataLoader(key,
                (BatchLoaderWithContext<?, ?>) shared.getBatchLoadFunction(), shared.getOptions()));
        return batch.get(new DelegatingDataFetchingEnvironment(environment) {
            @Override
            @SuppressWarnings("unchecked")
            public <K, V> DataLoader<K, V> getDataLoader(String dataLoaderName) {
                return loaderName.equals(dataLoaderName) ? (DataLoader<K, V>) own
                        : super.getDataLoader(dataLoaderName);
            }
        });
    }

    /** The argument sets one request asked of one field, each with the name of its DataLoader. */
    private static final class ArgumentSets {

        private final Map<Map<String, Object>, String> names = new ConcurrentHashMap<>();
        private final AtomicInteger count = new AtomicInteger();

        /** Coerced argument values (defaults applied) compare by value: equal sets, however written, share a name. */
        String nameOf(String field, Map<String, Object> arguments) {
            return names.computeIfAbsent(arguments, set -> {
                int index = count.getAndIncrement();
                return index == 0 ? field : field + "#" + index;
            });
        }
    }
}
