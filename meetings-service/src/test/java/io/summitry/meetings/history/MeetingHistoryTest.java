package io.summitry.meetings.history;

import static io.restassured.RestAssured.given;
import static io.summitry.meetings.Api.createMeeting;
import static io.summitry.meetings.Api.meeting;
import static io.summitry.meetings.Api.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.summitry.meetings.Api;

/** A meeting's history holds its own changes and its children's; asOf and restore; one winner of many editors. */
@QuarkusTest
class MeetingHistoryTest {

    private static final String PERSON = "6f1c3f7e-0000-4000-8000-000000000001";

    @Test
    void shouldListEveryWriteOfAMeetingAndItsChildrenInItsHistory() {
        String id = createMeeting("Trilateral talks " + UUID.randomUUID(), "2025-01");
        String source = Api.createSource("Talks held", "2025-01-02");
        Map<String, Map<String, Object>> children = new LinkedHashMap<>();
        children.put("participants", Map.of("personId", PERSON, "role", "DELEGATE", "delegationCountryCode", "KR"));
        children.put("mentions", Map.of("personId", PERSON, "context", "commended", "sourceId", source));
        children.put("statements", Map.of("speakerId", PERSON, "kind", "QUOTE", "text", "We agreed", "sourceId", source));
        children.put("date-reports", Map.of("date", Map.of("edtf", "2025-01"), "sourceId", source, "quote", "in January"));
        children.forEach((kind, body) -> given().contentType(ContentType.JSON).header("Summitry-Note", "from%20Yonhap")
                .body(body).when().post("/meetings/{id}/" + kind, id).then().statusCode(201));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(with(meeting("Renamed talks", "2025-01"), "summary", "Agreed a hotline"))
                .when().put("/meetings/" + id).then().statusCode(200);

        JsonPath history = given().when().get("/meetings/" + id + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getInt("totalCount")).isEqualTo(6);
        assertThat(history.getList("edges.node.typename", String.class)).containsExactly("Meeting", "DateReport",
                "Statement", "Mention", "Participant", "Meeting");
        assertThat(history.getList("edges.node.kind", String.class))
                .containsExactly("UPDATED", "CREATED", "CREATED", "CREATED", "CREATED", "CREATED");
        assertThat(history.getList("edges.node.rootId", String.class)).containsOnly(id);
        assertThat(history.getList("edges.node.fields[0].field", String.class)).containsExactly("title", "summary");
        assertThat(history.getString("edges[0].node.fields[1].after")).isEqualTo("\"Agreed a hotline\"");
        assertThat(history.getString("edges[1].node.note")).isEqualTo("from Yonhap");
        assertThat(history.getList("edges[2].node.fields.field", String.class)).contains("speakerIds", "text");

        given().when().get("/sources/" + source + "/history").then().statusCode(200)
                .body("edges[0].node.kind", equalTo("CREATED")).body("edges[0].node.typename", equalTo("Source"));
        given().queryParam("typename", "Statement").when().get("/changes").then().statusCode(200)
                .body("edges.node.rootId", hasItem(id));
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(id), "first", 2))
                .when().post("/meetings/history/by-ids").then().statusCode(200)
                .body("[0].page.edges.size()", equalTo(2)).body("[0].page.totalCount", equalTo(6));

        // deleting the meeting keeps each child's last values as a DELETED change
        given().header("If-Match", "\"1\"").when().delete("/meetings/" + id).then().statusCode(204);
        JsonPath after = given().when().get("/meetings/" + id + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertThat(after.getList("edges.node.kind", String.class).subList(0, 5)).as(after.prettify())
                .containsOnly("DELETED");
        assertThat(after.getList("edges.node.typename", String.class).subList(0, 5))
                .containsExactlyInAnyOrder("Meeting", "Participant", "Mention", "Statement", "DateReport");
    }

    @Test
    void shouldKeepASeriesHistoryBySlug() {
        String slug = "history-" + UUID.randomUUID().toString().substring(0, 8);
        Api.createSeries(slug, "History talks", "HT");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("slug", slug, "name", "History Talks", "acronym", "HT"))
                .when().put("/series/" + slug).then().statusCode(200);
        given().when().get("/series/" + slug + "/history").then().statusCode(200)
                .body("totalCount", equalTo(2))
                .body("edges[0].node.fields[0].field", equalTo("name"))
                .body("edges[0].node.fields[0].before", equalTo("\"History talks\""));
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(slug, "no-such-series")))
                .when().post("/series/history/by-slugs").then().statusCode(200)
                .body("[0].key", equalTo(slug)).body("[0].page.totalCount", equalTo(2))
                .body("[1].page.totalCount", equalTo(0));
        given().when().get("/series/no-such-series/history").then().statusCode(404);
    }

    @Test
    void shouldAnswerTheEarlierTitleAsOfAnInstantAndRestoreIt() throws Exception {
        String id = createMeeting("First title", "2024-06");
        Instant beforeEdit = Instant.now();
        Thread.sleep(5);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(meeting("Second title", "2024-06"))
                .when().put("/meetings/" + id).then().statusCode(200);

        given().queryParam("asOf", beforeEdit.toString()).when().get("/meetings/" + id).then().statusCode(200)
                .body("title", equalTo("First title"));
        given().queryParam("asOf", "2000-01-01T00:00:00Z").when().get("/meetings/" + id).then().statusCode(404);
        given().queryParam("asOf", Instant.now().plusSeconds(600).toString()).when().get("/meetings/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("asOf"));

        long created = given().when().get("/meetings/" + id + "/history").then().extract().jsonPath()
                .getLong("edges[1].node.revision");
        given().queryParam("revision", created).header("If-Match", "\"0\"")
                .when().post("/meetings/" + id + "/restore").then().statusCode(409);
        given().queryParam("revision", created).header("If-Match", "\"1\"")
                .when().post("/meetings/" + id + "/restore").then().statusCode(200)
                .header("ETag", "\"2\"").body("title", equalTo("First title"));
        given().when().get("/meetings/" + id + "/history").then()
                .body("edges[0].node.kind", equalTo("RESTORED"))
                .body("edges[0].node.fields[0].after", equalTo("\"First title\""));
        String other = createMeeting("Other", "2024");
        long otherRevision = given().when().get("/meetings/" + other + "/history").then().extract().jsonPath()
                .getLong("edges[0].node.revision");
        given().queryParam("revision", otherRevision).header("If-Match", "\"2\"")
                .when().post("/meetings/" + id + "/restore").then().statusCode(400)
                .body("errors[0].field", equalTo("revision"));
        given().queryParam("revision", created).header("If-Match", "\"2\"")
                .when().post("/meetings/" + UUID.randomUUID() + "/restore").then().statusCode(404);
    }

    @Test
    void shouldKeepExactlyTheWinningChangeOfThreeHundredConcurrentUpdates() throws Exception {
        int editors = 300;
        String id = createMeeting("Contested " + UUID.randomUUID(), "2025");
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                Map<String, Object> body = meeting("Edit " + i, "2025");
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                            .when().put("/meetings/" + id);
                }));
            }
            start.countDown();
            List<String> winners = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get(120, TimeUnit.SECONDS);
                if (response.statusCode() == 200) {
                    winners.add(response.path("title"));
                } else {
                    assertThat(response.statusCode()).isEqualTo(409);
                }
            }
            assertThat(winners).hasSize(1);
            JsonPath history = given().when().get("/meetings/" + id + "/history").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(history.getInt("totalCount")).isEqualTo(2);
            assertThat(history.getString("edges[0].node.kind")).isEqualTo("UPDATED");
            assertThat(history.getString("edges[0].node.fields[0].after")).isEqualTo("\"" + winners.get(0) + "\"");
        } finally {
            pool.shutdownNow();
        }
    }
}
