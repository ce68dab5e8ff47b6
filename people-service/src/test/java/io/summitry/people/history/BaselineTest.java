package io.summitry.people.history;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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

    private static final String PERSON = "00000000-0000-4000-8000-00000000000b";
    private static final String ORGANIZATION = "00000000-0000-4000-8000-00000000000a";

    /** Adds a test migration, V3_5, that writes rows between the schema (V3) and the revision log (V4). */
    public static class RowsBeforeTheLog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.flyway.locations", "db/migration,db/preexisting");
        }
    }

    @Test
    void shouldRecordEveryExistingRowAsCreatedBySystemAndDiffLaterEditsAgainstIt() throws Exception {
        JsonPath history = given().when().get("/people/" + PERSON + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("edges.node.typename", String.class)).containsExactlyInAnyOrder("Person", "Position");
        assertThat(history.getList("edges.node.kind", String.class)).containsOnly("CREATED");
        assertThat(history.getList("edges.node.editor.id", String.class)).containsOnly("system");
        assertThat(history.getList("edges.node.revision", Long.class)).containsOnly(1L);
        given().when().get("/organizations/" + ORGANIZATION + "/history").then().statusCode(200)
                .body("edges[0].node.editor.id", equalTo("system"))
                .body("edges[0].node.fields.find { it.field == 'name' }.after", equalTo("\"Ministry of National Defense\""));

        Map<String, Object> person = given().when().get("/people/" + PERSON).then().statusCode(200)
                .extract().jsonPath().getMap("");
        person.remove("id");
        person.remove("version");
        person.put("summary", "Minister of National Defense 2022-2023");
        java.time.Instant beforeEdit = java.time.Instant.now();
        Thread.sleep(5);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(person)
                .when().put("/people/" + PERSON).then().statusCode(200);
        given().when().get("/people/" + PERSON + "/history").then().statusCode(200)
                .body("edges[0].node.kind", equalTo("UPDATED"))
                .body("edges[0].node.fields.field", org.hamcrest.Matchers.contains("summary"));
        given().queryParam("asOf", beforeEdit.toString()).when()
                .get("/people/" + PERSON).then().statusCode(200).body("summary", equalTo(null))
                .body("otherNames[0].name", equalTo("이종섭"));
    }
}
