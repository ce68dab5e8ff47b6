package io.summitry.gateway.batching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/**
 * Argument grouping on graphql-java alone, without the services: a batch fetcher built like smallrye's (one DataLoader
 * per field, whose batch is handed the first occurrence's arguments) answers each alias with its own arguments once
 * wrapped in an {@link ArgumentSetFetcher}, with one batch per distinct argument set and level.
 */
class ArgumentSetFetcherTest {

    static final String LOADER = "Person_positionAt";
    static final String SDL = """
            type Query { people: [Person] }
            type Person { id: ID, positionAt(date: String!, exact: Boolean = true): String, friends: [Person] }""";

    /** The calls the batch function made: the keys and the arguments each call was made with. */
    final List<String> calls = new ArrayList<>();

    @Test
    void shouldAnswerEachAliasWithItsOwnArgumentsInOneCallPerArgumentSet() {
        Map<String, Object> data = run(true, """
                query($d: String!) { people { id a: positionAt(date: "2018-09-19")
                  b: positionAt(date: "2007-10-02") c: positionAt(date: $d) d: positionAt(date: $d, exact: true) } }""",
                Map.of("d", "2018-09-19"));
        assertThat(data.get("people")).asList().containsExactly(
                Map.of("id", "1", "a", "1@2018-09-19", "b", "1@2007-10-02", "c", "1@2018-09-19", "d", "1@2018-09-19"),
                Map.of("id", "2", "a", "2@2018-09-19", "b", "2@2007-10-02", "c", "2@2018-09-19", "d", "2@2018-09-19"));
        // a, c and d ask the same arguments (a variable, a default written out): one call for them, one for b
        assertThat(calls).containsExactlyInAnyOrder("[1, 2] {date=2018-09-19, exact=true}",
                "[1, 2] {date=2007-10-02, exact=true}");
    }

    @Test
    void shouldMakeOneCallPerArgumentSetAndLevel() {
        Map<String, Object> data = run(true, """
                { people { a: positionAt(date: "x") friends { a: positionAt(date: "x") b: positionAt(date: "y") } } }""",
                Map.of());
        assertThat(data.get("people")).asList().containsExactly(
                Map.of("a", "1@x", "friends", List.of(Map.of("a", "1-friend@x", "b", "1-friend@y"))),
                Map.of("a", "2@x", "friends", List.of(Map.of("a", "2-friend@x", "b", "2-friend@y"))));
        // Each call serves one argument set, every key is asked once, and there is at most one call per argument set
        // and level (three here). Which keys share a call is graphql-java's dispatch: when the friends come back while
        // the first level's loaders are still being dispatched, the second level's keys can join a first-level call.
        assertThat(calls).as("calls made").hasSizeLessThanOrEqualTo(3);
        assertThat(keysAskedWith("date=x")).containsExactlyInAnyOrder("1", "2", "1-friend", "2-friend");
        assertThat(keysAskedWith("date=y")).containsExactlyInAnyOrder("1-friend", "2-friend");
    }

    /** The keys of every call made with these arguments, one entry per time a key was asked. */
    private List<String> keysAskedWith(String argument) {
        return calls.stream().filter(call -> call.contains("{" + argument + ","))
                .flatMap(call -> List.of(call.substring(1, call.indexOf(']')).split(", ")).stream())
                .toList();
    }

    @Test
    void shouldShowWhatTheFieldAnswersWithoutIt() {
        // the failure this class exists for: smallrye's DataLoader alone hands every alias the first arguments
        Map<String, Object> data = run(false, """
                { people { a: positionAt(date: "2018-09-19") b: positionAt(date: "2007-10-02") } }""", Map.of());
        assertThat(data.get("people")).asList().first()
                .isEqualTo(Map.of("a", "1@2018-09-19", "b", "1@2018-09-19"));
        assertThat(calls).hasSize(1);
    }

    private Map<String, Object> run(boolean grouped, String query, Map<String, Object> variables) {
        // like smallrye's BatchDataFetcher: load the source through the field's DataLoader, arguments as key context
        DataFetcher<Object> batch = environment -> environment.getDataLoader(LOADER)
                .load(environment.getSource(), Map.of("arguments", environment.getArguments()));
        DataFetcher<?> positionAt = grouped ? new ArgumentSetFetcher(LOADER, batch) : batch;
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("people", env -> List.of(Map.of("id", "1"), Map.of("id", "2"))))
                .type("Person", type -> type.dataFetcher("positionAt", positionAt)
                        // a batched join without arguments, as every join of the gateway is
                        .dataFetcher("friends", env -> env.getDataLoader("Person_friends").load(env.getSource())))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);

        // like smallrye's batch function: the whole batch gets the first key's arguments
        BatchLoaderWithContext<Map<String, Object>, String> positions = (keys, environment) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> arguments = (Map<String, Object>) ((Map<String, Object>) environment
                    .getKeyContextsList().get(0)).get("arguments");
            calls.add(keys.stream().map(key -> key.get("id")).toList() + " " + new java.util.TreeMap<>(arguments));
            // answered later, on another thread, as a REST call is
            return CompletableFuture.supplyAsync(
                    () -> keys.stream().map(key -> key.get("id") + "@" + arguments.get("date")).toList());
        };
        DataLoaderRegistry registry = new DataLoaderRegistry();
        registry.register(LOADER, DataLoaderFactory.newDataLoader(positions));
        registry.register("Person_friends", DataLoaderFactory.<Map<String, Object>, List<Map<String, Object>>>newDataLoader(
                keys -> CompletableFuture.supplyAsync(() -> keys.stream()
                        .map(key -> List.<Map<String, Object>>of(Map.of("id", key.get("id") + "-friend"))).toList())));

        ExecutionResult result = GraphQL.newGraphQL(schema).build().execute(ExecutionInput.newExecutionInput()
                .query(query).variables(variables).dataLoaderRegistry(registry).build());
        assertThat(result.getErrors()).isEmpty();
        return result.getData();
    }
}
