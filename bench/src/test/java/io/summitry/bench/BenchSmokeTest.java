package io.summitry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.summitry.bench.check.AnswerChecker;
import io.summitry.bench.check.CallCounts;
import io.summitry.bench.check.Db;
import io.summitry.bench.data.Dataset;
import io.summitry.bench.data.Generator;
import io.summitry.bench.data.Scale;
import io.summitry.bench.load.DatasetLoader;
import io.summitry.bench.query.GraphQlClient;
import io.summitry.bench.query.QueryCase;
import io.summitry.stack.App;
import io.summitry.stack.LocalStack;

/**
 * The harness at tiny scale, so it cannot rot: the real services and gateway on free ports, the generator's rows
 * loaded by COPY, every front-end query sent once through the gateway and checked against the databases, and the
 * gateway's downstream call counts checked against the queries' shapes.
 */
@Timeout(120)
class BenchSmokeTest {

    static final long SEED = 7;
    static final int PAGE_SIZE = 2;

    static LocalStack stack;
    static Db db;
    static GraphQlClient gateway;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.builder().projectRoot(Path.of(System.getProperty("summitry.root", "..")))
                .logDirectory(Path.of("target/stack-logs"))
                .app(App.PEOPLE, 0).app(App.MEETINGS, 0).app(App.GATEWAY, 0)
                // the calls a query costs are those of a miss: with the response cache, a repeated query costs none
                .config(App.GATEWAY, "summitry.response-cache.enabled", "false").start();
        Dataset data = Generator.generate(Scale.tiny(SEED));
        DatasetLoader.load(data, stack.jdbcUrl(App.PEOPLE), stack.jdbcUrl(App.MEETINGS));
        db = new Db(stack.jdbcUrl(App.PEOPLE), stack.jdbcUrl(App.MEETINGS));
        gateway = new GraphQlClient(stack.baseUri(App.GATEWAY).resolve("/graphql"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (db != null) {
            db.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldGenerateTheSameRowsForTheSameSeed() {
        Dataset once = Generator.generate(Scale.tiny(SEED));
        Dataset again = Generator.generate(Scale.tiny(SEED));

        assertThat(again.meetings()).isEqualTo(once.meetings());
        assertThat(again.participants()).isEqualTo(once.participants());
        assertThat(once.participants()).hasSize(Scale.tiny(SEED).participants());
    }

    @Test
    void shouldAnswerEveryFrontEndQueryAsTheDatabaseSays() throws Exception {
        AnswerChecker checker = new AnswerChecker(db, gateway, PAGE_SIZE);

        List<QueryCase> cases = checker.checkAll();

        assertThat(cases).hasSize(6);
        assertThat(checker.findings()).isEmpty();
    }

    @Test
    void shouldAskThePeerTheSameWideSelection() throws Exception {
        String peer = java.nio.file.Files.readString(Path.of("peer/queries/WIDE_TYPEAHEAD.graphql"));
        assertThat(peer).contains(io.summitry.bench.query.BenchQuery.WIDE_SELECTION);
    }

    @Test
    void shouldCostOneCallPerServicePerLevelWhateverThePageSize() throws Exception {
        List<QueryCase> cases = new AnswerChecker(db, gateway, PAGE_SIZE).checkAll();

        List<CallCounts.Row> rows = CallCounts.count(gateway, cases);

        assertThat(rows).hasSize(5 + CallCounts.PAGE_SIZES.size());
        // a one-meeting page may have no host: that level then costs no call, never more
        assertThat(rows).allSatisfy(row -> assertThat(row.withinShape()).as(row.label() + " at page size "
                + row.pageSize() + ": " + row.observed()).isTrue());
        assertThat(rows).filteredOn(row -> row.pageSize() != 1).allSatisfy(row -> assertThat(row.observed())
                .as(row.label() + " at page size " + row.pageSize()).isEqualTo(row.expected()));
    }
}
