package io.summitry.meetings.history;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Rows that existed before the revision log start their history as one CREATED change by `system`. */
@QuarkusTest
@TestProfile(BaselineTest.RowsBeforeTheLog.class)
class BaselineTest {

    private static final String MEETING = "00000000-0000-4000-8000-0000000000a1";

    /** Adds a test migration, V4_5, that writes rows between the schema (V4) and the revision log (V5). */
    public static class RowsBeforeTheLog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.flyway.locations", "db/migration,db/preexisting");
        }
    }

    @Test
    void shouldRecordEveryExistingRowAsCreatedBySystemAndDiffLaterEditsAgainstIt() {
        JsonPath history = given().when().get("/meetings/" + MEETING + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("edges.node.typename", String.class))
                .containsExactlyInAnyOrder("Meeting", "Participant");
        assertThat(history.getList("edges.node.editor.id", String.class)).containsOnly("system");
        assertThat(history.getList("edges.node.kind", String.class)).containsOnly("CREATED");
        // the migration's series key is the one the service computes from the slug
        given().when().get("/series/defense-trilateral-talks/history").then().statusCode(200)
                .body("totalCount", equalTo(1)).body("edges[0].node.editor.id", equalTo("system"));

        Map<String, Object> input = Map.of("title", "DTT 14 (Washington)", "kind", "TALKS", "status", "HELD",
                "date", Map.of("edtf", "2023-04"), "seriesSlug", "defense-trilateral-talks", "ordinal", 14);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(input)
                .when().put("/meetings/" + MEETING).then().statusCode(200);
        given().when().get("/meetings/" + MEETING + "/history").then().statusCode(200)
                .body("edges[0].node.kind", equalTo("UPDATED"))
                .body("edges[0].node.fields.field", contains("title"));
    }
}
