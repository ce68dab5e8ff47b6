package io.summitry.people.history;

import static io.restassured.RestAssured.given;
import static io.summitry.people.Fixtures.createOrganization;
import static io.summitry.people.Fixtures.createPerson;
import static io.summitry.people.Fixtures.person;
import static io.summitry.people.Fixtures.position;
import static io.summitry.people.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.summitry.postgres.PostgresTestResource;

/** Every write is kept: who, when, why and what each field held before; any person as they stood; restore. */
@QuarkusTest
class HistoryTest {

    private static final String PROBLEM = "application/problem+json";

    private static String note(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void shouldKeepEveryWriteOfAPersonAndTheirPositionsWithEditorNoteAndFieldDiffs() {
        String name = "Kurt Campbell " + unique();
        String id = given().contentType(ContentType.JSON).header("Summitry-Note", note("From the 2021 release — 発表"))
                .body(person(name, "커트 캠벨")).when().post("/people").then().statusCode(201).extract().path("id");
        Map<String, Object> edited = person(name + " Jr.", "커트 캠벨");
        edited.put("summary", "Indo-Pacific coordinator");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").header("Summitry-Note", note("typo"))
                .body(edited).when().put("/people/" + id).then().statusCode(200);
        String organizationId = createOrganization("National Security Council " + unique());
        String positionId = given().contentType(ContentType.JSON)
                .body(position(id, organizationId, "Coordinator", "2021-01", null))
                .when().post("/positions").then().statusCode(201).extract().path("id");
        given().header("If-Match", "\"0\"").when().delete("/positions/" + positionId).then().statusCode(204);

        JsonPath history = given().when().get("/people/" + id + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getInt("totalCount")).isEqualTo(4);
        assertThat(history.getList("edges.node.kind", String.class))
                .containsExactly("DELETED", "CREATED", "UPDATED", "CREATED");
        assertThat(history.getList("edges.node.typename", String.class))
                .containsExactly("Position", "Position", "Person", "Person");
        List<Long> revisions = history.getList("edges.node.revision", Long.class);
        assertThat(revisions).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();

        Map<String, Object> update = history.getMap("edges[2].node");
        assertThat(update).containsEntry("note", "typo").containsEntry("id", id).containsEntry("rootId", id);
        assertThat(history.getString("edges[2].node.editor.id")).isEqualTo("anonymous");
        assertThat(Instant.parse(history.getString("edges[2].node.at"))).isBeforeOrEqualTo(Instant.now());
        assertThat(history.getList("edges[2].node.fields.field", String.class)).containsExactly("name", "summary");
        assertThat(history.getString("edges[2].node.fields[0].before")).isEqualTo("\"" + name + "\"");
        assertThat(history.getString("edges[2].node.fields[0].after")).isEqualTo("\"" + name + " Jr.\"");
        assertThat(history.getString("edges[2].node.fields[1].before")).isNull();

        assertThat(history.getString("edges[3].node.note")).isEqualTo("From the 2021 release — 発表");
        assertThat(history.getList("edges[3].node.fields.field", String.class)).contains("name", "otherNames")
                .doesNotContain("id", "version", "summary");
        assertThat(history.getList("edges[3].node.fields.before", String.class)).containsOnlyNulls();

        assertThat(history.getString("edges[0].node.rootTypename")).isEqualTo("Person");
        assertThat(history.getList("edges[0].node.fields.field", String.class)).contains("title", "organizationId");
        assertThat(history.getList("edges[0].node.fields.after", String.class)).containsOnlyNulls();

        // the same changes in the list of every change, filtered by type
        given().queryParam("typename", "Person").queryParam("first", 100).when().get("/changes").then()
                .statusCode(200).body("edges.node.id", hasItem(id))
                .body("edges.node.typename", org.hamcrest.Matchers.everyItem(equalTo("Person")));
        given().queryParam("editor", "nobody-" + unique()).when().get("/changes").then()
                .statusCode(200).body("totalCount", equalTo(0));
    }

    @Test
    void shouldPageHistoryNewestFirstAndRefuseForeignCursorsAndLargePages() {
        String id = createPerson("Paged " + unique());
        for (int version = 0; version < 3; version++) {
            given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                    .body(person("Paged edit " + version)).when().put("/people/" + id).then().statusCode(200);
        }
        JsonPath first = given().queryParam("first", 2).when().get("/people/" + id + "/history").then()
                .statusCode(200).body("pageInfo.hasNextPage", equalTo(true)).extract().jsonPath();
        JsonPath second = given().queryParam("first", 2).queryParam("after", first.getString("pageInfo.endCursor"))
                .when().get("/people/" + id + "/history").then().statusCode(200)
                .body("pageInfo.hasNextPage", equalTo(false)).extract().jsonPath();
        List<Long> all = new ArrayList<>(first.getList("edges.node.revision", Long.class));
        all.addAll(second.getList("edges.node.revision", Long.class));
        assertThat(all).hasSize(4).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(second.getString("edges[1].node.kind")).isEqualTo("CREATED");

        String peopleCursor = given().queryParam("first", 1).when().get("/people").then().statusCode(200)
                .extract().path("pageInfo.endCursor");
        given().queryParam("after", peopleCursor).when().get("/people/" + id + "/history").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("after"));
        given().queryParam("after", first.getString("pageInfo.endCursor")).when().get("/changes").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("after"));
        given().queryParam("first", 101).when().get("/people/" + id + "/history").then()
                .statusCode(400).body("errors[0].field", equalTo("first"));
        given().queryParam("first", 101).when().get("/changes").then().statusCode(400);
        given().when().get("/people/" + java.util.UUID.randomUUID() + "/history").then().statusCode(404)
                .contentType(PROBLEM);
        given().queryParam("since", "yesterday").when().get("/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("since"));

        String unknown = java.util.UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(id, unknown), "first", 1))
                .when().post("/people/history/by-ids").then().statusCode(200)
                .body("key", contains(id, unknown))
                .body("[0].page.edges", org.hamcrest.Matchers.hasSize(1))
                .body("[0].page.totalCount", equalTo(4))
                .body("[1].page.totalCount", equalTo(0));
    }

    @Test
    void shouldAnswerAPersonAsTheyStoodAndRestoreAnEarlierRevision() throws Exception {
        String id = createPerson("Lloyd Austin " + unique());
        String original = given().when().get("/people/" + id).then().extract().path("name");
        Instant beforeEdit = Instant.now();
        Thread.sleep(5);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(person("Renamed " + unique()))
                .when().put("/people/" + id).then().statusCode(200);

        given().queryParam("asOf", beforeEdit.toString()).when().get("/people/" + id).then().statusCode(200)
                .body("name", equalTo(original));
        given().queryParam("asOf", "2001-01-01T00:00:00Z").when().get("/people/" + id).then().statusCode(404)
                .contentType(PROBLEM);
        given().queryParam("asOf", Instant.now().plusSeconds(3600).toString()).when().get("/people/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("asOf"));

        long created = given().when().get("/people/" + id + "/history").then().extract().jsonPath()
                .getLong("edges[1].node.revision");
        given().queryParam("revision", created).header("If-Match", "\"0\"").when().post("/people/" + id + "/restore")
                .then().statusCode(409).contentType(PROBLEM);
        long otherRevision = given().when().get("/people/" + createPerson("Other " + unique()) + "/history").then()
                .extract().jsonPath().getLong("edges[0].node.revision");
        given().queryParam("revision", otherRevision).header("If-Match", "\"1\"")
                .when().post("/people/" + id + "/restore").then().statusCode(400)
                .body("errors[0].field", equalTo("revision"));
        given().queryParam("revision", created).header("If-Match", "\"1\"").header("Summitry-Note", "undo")
                .when().post("/people/" + id + "/restore").then().statusCode(200)
                .header("ETag", "\"2\"").body("name", equalTo(original));
        given().when().get("/people/" + id + "/history").then().statusCode(200)
                .body("edges[0].node.kind", equalTo("RESTORED"))
                .body("edges[0].node.note", equalTo("undo"))
                .body("edges[0].node.fields[0].field", equalTo("name"))
                .body("edges[0].node.fields[0].after", equalTo("\"" + original + "\""));

        // a deleted person is still answered as they stood before the deletion
        Instant beforeDelete = Instant.now();
        Thread.sleep(5);
        given().header("If-Match", "\"2\"").when().delete("/people/" + id).then().statusCode(204);
        given().queryParam("asOf", beforeDelete.toString()).when().get("/people/" + id).then().statusCode(200)
                .body("name", equalTo(original));
        given().when().get("/people/" + id + "/history").then().statusCode(200)
                .body("edges[0].node.kind", equalTo("DELETED"));
    }

    @Test
    void shouldMergeADuplicateIntoTheKeptPersonInOneRevision() {
        String duplicate = createPerson("Yoon Suk-yeol " + unique(), "윤석열");
        String kept = createPerson("Yoon Suk Yeol " + unique());
        String organizationId = createOrganization("Office of the President " + unique());
        String positionId = given().contentType(ContentType.JSON)
                .body(position(duplicate, organizationId, "President", "2022-05", null))
                .when().post("/positions").then().statusCode(201).extract().path("id");
        String duplicateName = given().when().get("/people/" + duplicate).then().extract().path("name");

        given().header("Summitry-Note", "same%20person").when()
                .post("/people/" + duplicate + "/merge-into/" + kept).then().statusCode(200)
                .body("otherNames.name", hasItem(duplicateName)).body("otherNames.name", hasItem("윤석열"));
        given().when().get("/positions/" + positionId).then().statusCode(200).body("personId", equalTo(kept));
        given().when().get("/people/" + duplicate).then().statusCode(404);

        JsonPath history = given().when().get("/people/" + kept + "/history").then().statusCode(200)
                .extract().jsonPath();
        long merge = history.getLong("edges[0].node.revision");
        assertThat(history.getList("edges.findAll { it.node.revision == " + merge + " }.node.typename", String.class))
                .containsExactlyInAnyOrder("Person", "Position");
        assertThat(history.getString("edges[0].node.note")).isEqualTo("same person");
        given().when().get("/people/" + duplicate + "/history").then().statusCode(200)
                .body("edges[0].node.kind", equalTo("DELETED"))
                .body("edges[0].node.revision", equalTo((int) merge));
        given().when().post("/people/" + kept + "/merge-into/" + kept).then().statusCode(400);
        given().when().post("/people/" + java.util.UUID.randomUUID() + "/merge-into/" + kept).then().statusCode(404);
    }

    @Test
    void shouldMergeADuplicateOrganizationMovingItsPositionsAndChildren() {
        String duplicate = createOrganization("MND " + unique());
        String kept = createOrganization("Ministry of National Defense " + unique());
        Map<String, Object> child = io.summitry.people.Fixtures.organization("Office " + unique(), "DEPARTMENT");
        child.put("parentId", duplicate);
        String childId = createOrganization(child);
        String positionId = given().contentType(ContentType.JSON)
                .body(position(createPerson("Minister " + unique()), duplicate, "Minister", "2022", null))
                .when().post("/positions").then().statusCode(201).extract().path("id");

        given().when().post("/organizations/" + childId + "/merge-into/" + duplicate).then().statusCode(200);
        String secondChild = createOrganization(child);
        given().when().post("/organizations/" + duplicate + "/merge-into/" + secondChild).then().statusCode(400)
                .body("errors[0].field", equalTo("intoId"));

        given().when().post("/organizations/" + duplicate + "/merge-into/" + kept).then().statusCode(200)
                .body("id", equalTo(kept));
        given().when().get("/positions/" + positionId).then().body("organizationId", equalTo(kept));
        given().when().get("/organizations/" + secondChild).then().body("parentId", equalTo(kept));
        given().when().get("/organizations/" + duplicate).then().statusCode(404);
        given().when().get("/organizations/" + duplicate + "/history").then().statusCode(200)
                .body("edges[0].node.kind", equalTo("DELETED"));
    }

    @Test
    void shouldRefuseANoteThatIsTooLongOrNotPercentEncoded() {
        given().contentType(ContentType.JSON).header("Summitry-Note", "x".repeat(501)).body(person("Noted"))
                .when().post("/people").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("Summitry-Note"));
        given().contentType(ContentType.JSON).header("Summitry-Note", "%FF%FE").body(person("Noted"))
                .when().post("/people").then().statusCode(400).body("errors[0].field", equalTo("Summitry-Note"));
    }

    @Test
    void shouldLeaveNoRevisionBehindAFailedWrite() throws Exception {
        String wikidata = "Q" + (System.nanoTime() % 1_000_000_000L + 1);
        Map<String, Object> body = person("Unique " + unique());
        body.put("wikidataId", wikidata);
        given().contentType(ContentType.JSON).body(body).when().post("/people").then().statusCode(201);
        long before = count("select count(*) from revision");
        long changesBefore = count("select count(*) from change");
        body.put("name", "Duplicate " + unique());
        given().contentType(ContentType.JSON).body(body).when().post("/people").then().statusCode(409);
        assertThat(count("select count(*) from revision")).isEqualTo(before);
        assertThat(count("select count(*) from change")).isEqualTo(changesBefore);
        assertThat(count("select count(*) from person_aud where name = '" + body.get("name") + "'")).isZero();
    }

    @Test
    void shouldNumberRevisionsInCommitOrderUnderConcurrentWriters() throws Exception {
        int writers = 40;
        try (Connection listener = PostgresTestResource.connectToCurrentDatabase()) {
            try (Statement listen = listener.createStatement()) {
                listen.execute("listen summitry_changes");
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < writers; i++) {
                    answers.add(pool.submit(() -> given().contentType(ContentType.JSON).body(person("Racer " + unique()))
                            .when().post("/people").statusCode()));
                }
                for (Future<Integer> answer : answers) {
                    assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(201);
                }
            } finally {
                pool.shutdownNow();
            }
            // NOTIFY is delivered in commit order: the ids must arrive strictly increasing
            List<Long> delivered = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 10_000;
            while (delivered.size() < writers && System.currentTimeMillis() < deadline) {
                PGNotification[] notifications = listener.unwrap(PGConnection.class).getNotifications(500);
                if (notifications != null) {
                    for (PGNotification notification : notifications) {
                        delivered.add(Long.parseLong(notification.getParameter()));
                    }
                }
            }
            assertThat(delivered).hasSize(writers);
            for (int i = 1; i < delivered.size(); i++) {
                assertThat(delivered.get(i)).isGreaterThan(delivered.get(i - 1));
            }
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = PostgresTestResource.connectToCurrentDatabase();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
