package io.summitry.meetings.history;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.logging.Log;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.summitry.postgres.PostgresTestResource;

/**
 * A meeting's first history page at the full scale: 100,000 meetings, each created with two children and
 * edited three times (600,000 changes in 400,000 revisions). The page is one index range scan, and its p95 over
 * 300 random meetings, as the database's execution time of its two statements, stays within the 20 ms target
 * (HTTP times are logged beside it; on a shared test machine they mostly measure the machine).
 */
@QuarkusTest
@TestProfile(HistoryReadTimeTest.OwnDatabase.class)
@WithTestResource(PostgresTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryReadTimeTest {

    /** A profile of its own restarts the application, and PostgresTestResource gives that start a new database. */
    public static class OwnDatabase implements QuarkusTestProfile {
    }

    private static final int MEETINGS = 100_000;

    /** The statements ChangeStore runs for a first page (its columns, its order, a page of 20 plus one). */
    private static final String PAGE = "select c.revision, r.at, r.editor_id, r.editor_name, c.kind, c.typename,"
            + " cast(c.record_id as text), c.root_typename, cast(c.root_id as text), cast(c.fields as text), r.note"
            + " from change c join revision r on r.id = c.revision where c.root_typename = 'Meeting'"
            + " and c.root_id = ':id' order by c.revision desc, c.typename, c.record_id limit 21";
    private static final String COUNT = "select count(*) from change c where c.root_typename = 'Meeting'"
            + " and c.root_id = ':id'";

    @Inject
    DataSource dataSource;

    private double executionMillis(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet plan = s.executeQuery("explain (analyze, timing off) " + sql)) {
            while (plan.next()) {
                String line = plan.getString(1);
                if (line.startsWith("Execution Time:")) {
                    return Double.parseDouble(line.replaceAll("[^0-9.]", ""));
                }
            }
        }
        throw new IllegalStateException("no execution time for " + sql);
    }

    @BeforeAll
    void fill() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setNetworkTimeout(Runnable::run, 0);
            s.execute("set statement_timeout = 0");
            s.execute("insert into revision (id, at, editor_id, editor_name, note)"
                    + " select g, now() - interval '1 day' + g * interval '100 ms', 'editor-' || (g % 7), 'Editor',"
                    + " case when g % 3 = 0 then 'checked the source' end from generate_series(1, " + 4 * MEETINGS + ") g");
            s.execute("select setval('revision_id_seq', " + 4 * MEETINGS + ")");
            String meeting = "md5('m' || g)::uuid";
            s.execute("insert into change (revision, typename, record_id, root_typename, root_id, kind, fields, state)"
                    + " select g, 'Meeting', " + meeting + ", 'Meeting', " + meeting + ", 'CREATED',"
                    + " '[{\"field\":\"title\",\"before\":null,\"after\":\"\\\"Talks\\\"\"}]', '{\"title\":\"Talks\"}'"
                    + " from generate_series(1, " + MEETINGS + ") g");
            for (String child : List.of("Participant", "Statement")) {
                s.execute("insert into change (revision, typename, record_id, root_typename, root_id, kind, fields,"
                        + " state) select g, '" + child + "', md5('" + child + "' || g)::uuid, 'Meeting', " + meeting
                        + ", 'CREATED', '[{\"field\":\"note\",\"before\":null,\"after\":\"\\\"n\\\"\"}]',"
                        + " '{\"note\":\"n\"}' from generate_series(1, " + MEETINGS + ") g");
            }
            for (int edit = 1; edit <= 3; edit++) {
                s.execute("insert into change (revision, typename, record_id, root_typename, root_id, kind, fields,"
                        + " state) select " + edit * MEETINGS + " + g, 'Meeting', " + meeting + ", 'Meeting', "
                        + meeting + ", 'UPDATED', '[{\"field\":\"title\",\"before\":\"\\\"Talks\\\"\",\"after\":"
                        + "\"\\\"Talks " + edit + "\\\"\"}]', '{\"title\":\"Talks " + edit + "\"}'"
                        + " from generate_series(1, " + MEETINGS + ") g");
            }
            s.execute("analyze change");
            s.execute("analyze revision");
        }
    }

    @Test
    void shouldAnswerAMeetingsFirstHistoryPageWithinTwentyMillisecondsAtP95() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select md5('m' || g)::uuid from generate_series(1, " + MEETINGS
                        + ") g order by random() limit 400")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        for (String id : ids.subList(0, 100)) { // warm the JIT and the buffers
            given().when().get("/meetings/" + id + "/history").then().statusCode(200);
        }
        List<Long> http = new ArrayList<>();
        List<Double> database = new ArrayList<>();
        for (String id : ids.subList(100, 400)) {
            long start = System.nanoTime();
            int total = given().when().get("/meetings/" + id + "/history").then().statusCode(200)
                    .extract().path("totalCount");
            http.add((System.nanoTime() - start) / 1000);
            assertThat(total).isEqualTo(6);
            database.add(executionMillis(PAGE.replace(":id", id)) + executionMillis(COUNT.replace(":id", id)));
        }
        Collections.sort(http);
        Collections.sort(database);
        double p95 = database.get((int) Math.ceil(database.size() * 0.95) - 1);
        // The HTTP figures include the test client and whatever else the machine runs; the target is judged on the
        // database's own execution time of the page's two statements, which is what the design decides.
        Log.infof("Meeting history, first page, %d meetings, %d changes: database p50 %.2f ms, p95 %.2f ms;"
                + " HTTP p50 %d us, p95 %d us (300 requests)", MEETINGS, 6 * MEETINGS,
                database.get(database.size() / 2), p95, http.get(http.size() / 2),
                http.get((int) Math.ceil(http.size() * 0.95) - 1));
        System.out.printf("HISTORY-READ database p50=%.2fms p95=%.2fms HTTP p50=%dus p95=%dus%n",
                database.get(database.size() / 2), p95, http.get(http.size() / 2),
                http.get((int) Math.ceil(http.size() * 0.95) - 1));
        assertThat(p95).isLessThanOrEqualTo(20.0);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet plan = s.executeQuery("explain select c.revision from change c join revision r on r.id ="
                        + " c.revision where c.root_typename = 'Meeting' and c.root_id = '" + ids.get(0)
                        + "' order by c.revision desc, c.typename, c.record_id limit 21")) {
            StringBuilder text = new StringBuilder();
            while (plan.next()) {
                text.append(plan.getString(1)).append('\n');
            }
            assertThat(text.toString()).contains("change_root").doesNotContain("Seq Scan on change");
        }
    }
}
