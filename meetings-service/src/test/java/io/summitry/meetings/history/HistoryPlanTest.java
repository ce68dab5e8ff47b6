package io.summitry.meetings.history;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.summitry.postgres.PostgresTestResource;

/**
 * A meeting's first history page at the full scale: 100,000 meetings, each created with two children and
 * edited three times (600,000 changes in 400,000 revisions). The page and its
 * count are each one range scan of the {@code change_root} index, whatever the table's size, so the read stays
 * within the 20 ms target; the time itself is measured by {@code bench/}, not here.
 */
@QuarkusTest
@TestProfile(HistoryPlanTest.OwnDatabase.class)
@WithTestResource(PostgresTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryPlanTest {

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
    void shouldReadAMeetingsFirstHistoryPageByOneIndexRangeScan() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select md5('m' || g)::uuid from generate_series(1, " + MEETINGS
                        + ") g order by random() limit 20")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        for (String id : ids) {
            given().when().get("/meetings/" + id + "/history").then().statusCode(200)
                    .body("totalCount", is(6), "edges.size()", is(6),
                            "edges[0].node.kind", is("UPDATED"), "edges[0].node.fields[0].after", is("\"Talks 3\""));
        }
        for (String sql : List.of(PAGE, COUNT)) {
            String plan = plan(sql.replace(":id", ids.get(0)));
            assertThat(plan).contains("change_root").doesNotContain("Seq Scan on change");
        }
    }

    private String plan(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet plan = s.executeQuery("explain " + sql)) {
            StringBuilder text = new StringBuilder();
            while (plan.next()) {
                text.append(plan.getString(1)).append('\n');
            }
            return text.toString();
        }
    }
}
