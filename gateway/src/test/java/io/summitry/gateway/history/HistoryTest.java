package io.summitry.gateway.history;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.summitry.gateway.StubbedServices;
import io.summitry.gateway.id.GlobalId;
import io.summitry.testing.ServiceStubs;
import io.summitry.testing.TestTokens;

/**
 * What the gateway itself does for history, on WireMock stubs of the services: one batch call for a page of records'
 * history, the merge of both services' change lists and its cursor, the coded errors of asOf and restore, and the
 * note sent on writes.
 */
@QuarkusTest
@TestProfile(StubbedServices.class)
class HistoryTest {

    static final UUID M1 = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID M2 = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    static final UUID M3 = UUID.fromString("00000000-0000-0000-0000-0000000000a3");
    static final UUID P1 = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    static final UUID PART = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

    @BeforeEach
    void reset() {
        ServiceStubs.of("meetings").resetAll();
        ServiceStubs.of("people").resetAll();
        // deletions and merges of people and organizations lay a tombstone first, and lift it when they fail
        ServiceStubs.of("meetings").stubFor(put(urlPathMatching("/references/tombstones/.*"))
                .willReturn(aResponse().withStatus(204)));
        ServiceStubs.of("meetings").stubFor(WireMock.delete(urlPathMatching("/references/tombstones/.*"))
                .willReturn(aResponse().withStatus(204)));
    }

    static String meeting(UUID id, String title, long version) {
        return """
                {"id":"%s","title":"%s","kind":"TALKS","status":"HELD","date":{"edtf":"2024-05-01","earliest":"2024-05-01",
                "latest":"2024-05-01","precision":"DAY","text":"1 May 2024"},"topics":[],"outcomes":[],"countryCodes":[],
                "sourceIds":[],"version":%d}""".formatted(id, title, version);
    }

    static String change(long revision, String at, String typename, UUID id, UUID root, String note) {
        return """
                {"revision":%d,"at":"%s","editor":{"id":"ed@summitry.local","name":"Ed"},"kind":"UPDATED",
                "typename":"%s","id":"%s","rootTypename":"Meeting","rootId":"%s",
                "fields":[{"field":"title","before":"\\"Old\\"","after":"\\"New\\""}],"note":%s}"""
                .formatted(revision, at, typename, id, root, note == null ? "null" : "\"" + note + "\"");
    }

    static String page(List<String> changes, List<String> cursors, boolean hasNext, long total) {
        StringBuilder edges = new StringBuilder();
        for (int i = 0; i < changes.size(); i++) {
            edges.append(i == 0 ? "" : ",").append("{\"cursor\":\"").append(cursors.get(i)).append("\",\"node\":")
                    .append(changes.get(i)).append('}');
        }
        String end = cursors.isEmpty() ? "null" : "\"" + cursors.get(cursors.size() - 1) + "\"";
        return "{\"edges\":[" + edges + "],\"pageInfo\":{\"hasNextPage\":" + hasNext
                + ",\"hasPreviousPage\":false,\"startCursor\":null,\"endCursor\":" + end + "},\"totalCount\":" + total
                + "}";
    }

    static JsonPath graphql(String token, String query, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i + 1 < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        var request = given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", vars));
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath read(String query, Object... variables) {
        return graphql(null, query, variables);
    }

    static JsonPath write(String query, Object... variables) {
        return graphql(TestTokens.editor(), query, variables);
    }

    /**
     * The requests a test made, without those the gateway makes on its own to follow each service's changes
     * (live.stream: GET /changes/stream, and GET /changes/latest).
     */
    static List<String> calls(String service) {
        return ServiceStubs.of(service).getAllServeEvents().stream().map(event -> event.getRequest().getUrl())
                .filter(url -> !url.startsWith("/changes/stream") && !url.equals("/changes/latest")).toList();
    }

    @Test
    void aPageOfMeetingsAsksForTheirHistoryInOneCall() {
        ServiceStubs.of("meetings").stubFor(get(urlPathEqualTo("/meetings")).willReturn(okJson(page(
                List.of(meeting(M1, "One", 1), meeting(M2, "Two", 1), meeting(M3, "Three", 1)),
                List.of("c1", "c2", "c3"), false, 3))));
        ServiceStubs.of("meetings").stubFor(post(urlEqualTo("/meetings/history/by-ids")).willReturn(okJson("["
                + "{\"key\":\"" + M1 + "\",\"page\":" + page(List.of(
                        change(7, "2026-12-01T10:00:00Z", "Participant", PART, M1, null),
                        change(5, "2026-11-30T10:00:00Z", "Meeting", M1, M1, "typo")), List.of("h7", "h5"), true, 4)
                + "},{\"key\":\"" + M2 + "\",\"page\":" + page(List.of(), List.of(), false, 0)
                + "},{\"key\":\"" + M3 + "\",\"page\":" + page(List.of(
                        change(6, "2026-12-01T09:00:00Z", "Meeting", M3, M3, null)), List.of("h6"), false, 1)
                + "}]")));

        JsonPath answer = read("""
                { meetings(first: 3) { edges { node { title history(first: 2) { totalCount pageInfo { hasNextPage }
                  edges { cursor node { revision at kind typename nodeId note editor { id name }
                  fields { field before after } } } } } } } }""");

        assertThat(answer.getList("errors")).as(answer.prettify()).isNullOrEmpty();
        ServiceStubs.of("meetings").verify(1, postRequestedFor(urlEqualTo("/meetings/history/by-ids"))
                .withRequestBody(equalToJson("{\"ids\":[\"" + M1 + "\",\"" + M2 + "\",\"" + M3
                        + "\"],\"first\":2,\"after\":null}")));
        assertThat(answer.getMap("extensions.downstreamCalls")).containsEntry("meetings-service", 2);
        String first = "data.meetings.edges[0].node.history.";
        assertThat(answer.getInt(first + "totalCount")).isEqualTo(4);
        assertThat(answer.getBoolean(first + "pageInfo.hasNextPage")).isTrue();
        assertThat(answer.getList(first + "edges.node.typename")).containsExactly("Participant", "Meeting");
        assertThat(answer.getString(first + "edges[0].node.nodeId"))
                .isEqualTo(GlobalId.encode("Participant", PART));
        assertThat(answer.getString(first + "edges[1].node.note")).isEqualTo("typo");
        assertThat(answer.getString(first + "edges[1].node.revision")).isEqualTo("5");
        assertThat(answer.getString(first + "edges[1].node.editor.name")).isEqualTo("Ed");
        assertThat(answer.getString(first + "edges[1].node.fields[0].before")).isEqualTo("\"Old\"");
        assertThat(answer.getList("data.meetings.edges[1].node.history.edges")).isEmpty();
        assertThat(answer.getList("data.meetings.edges[2].node.history.edges.node.revision")).containsExactly("6");
    }

    @Test
    void theNodesOfAPageOfChangesAreOneCallPerType() {
        ServiceStubs.of("meetings").stubFor(get(urlPathEqualTo("/changes")).willReturn(okJson(page(List.of(
                change(9, "2026-12-01T10:00:00Z", "Meeting", M1, M1, null),
                change(8, "2026-12-01T09:00:00Z", "Meeting", M2, M2, null),
                change(7, "2026-12-01T08:00:00Z", "Participant", PART, M1, null)),
                List.of("m9", "m8", "m7"), false, 3))));
        ServiceStubs.of("people").stubFor(get(urlPathEqualTo("/changes")).willReturn(okJson(page(List.of(), List.of(),
                false, 0))));
        ServiceStubs.of("meetings").stubFor(post(urlEqualTo("/meetings/by-ids"))
                .willReturn(okJson("{\"items\":[" + meeting(M1, "One", 2) + ",null]}")));

        JsonPath answer = read("{ changes { edges { node { typename node { id ... on Meeting { title } } } } } }");

        assertThat(answer.getList("errors")).as(answer.prettify()).isNullOrEmpty();
        ServiceStubs.of("meetings").verify(1, postRequestedFor(urlEqualTo("/meetings/by-ids"))
                .withRequestBody(equalToJson("{\"ids\":[\"" + M1 + "\",\"" + M2 + "\"]}")));
        assertThat(answer.getString("data.changes.edges[0].node.node.title")).isEqualTo("One");
        assertThat(answer.getMap("data.changes.edges[1].node")).containsEntry("node", null);
        assertThat(answer.getMap("data.changes.edges[2].node")).containsEntry("node", null);
    }

    @Test
    void changesMergesBothServicesNewestFirstAndTheCursorResumesEach() {
        ServiceStubs.of("meetings").stubFor(get(urlPathEqualTo("/changes")).willReturn(okJson(page(List.of(
                change(30, "2026-12-01T10:00:03Z", "Meeting", M1, M1, null),
                change(20, "2026-12-01T10:00:01Z", "Meeting", M2, M2, null)),
                List.of("m30", "m20"), true, 10))));
        ServiceStubs.of("people").stubFor(get(urlPathEqualTo("/changes")).willReturn(okJson(page(List.of(
                change(4, "2026-12-01T10:00:02Z", "Person", P1, P1, null),
                change(3, "2026-12-01T10:00:00Z", "Person", P1, P1, null)),
                List.of("p4", "p3"), false, 2))));

        JsonPath first = read("""
                { changes(first: 2, filter: {editorIds: ["ed@summitry.local"], since: "2026-11-01T00:00:00Z"}) {
                  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { typename revision at } } } }""");

        assertThat(first.getList("errors")).as(first.prettify()).isNullOrEmpty();
        assertThat(first.getList("data.changes.edges.node.revision")).containsExactly("30", "4");
        assertThat(first.getInt("data.changes.totalCount")).isEqualTo(12);
        assertThat(first.getBoolean("data.changes.pageInfo.hasNextPage")).isTrue();
        ServiceStubs.of("meetings").verify(getRequestedFor(urlPathEqualTo("/changes"))
                .withQueryParam("editor", equalTo("ed@summitry.local")).withQueryParam("first", equalTo("2"))
                .withQueryParam("since", equalTo("2026-11-01T00:00:00Z")));

        ServiceStubs.of("meetings").resetRequests();
        ServiceStubs.of("people").resetRequests();
        String after = first.getString("data.changes.pageInfo.endCursor");
        read("query($after: String) { changes(first: 2, after: $after) { edges { cursor } } }", "after", after);
        // each service resumes after the last change taken from it: m30 and p4
        ServiceStubs.of("meetings").verify(1, getRequestedFor(urlPathEqualTo("/changes"))
                .withQueryParam("after", equalTo("m30")));
        ServiceStubs.of("people").verify(1, getRequestedFor(urlPathEqualTo("/changes"))
                .withQueryParam("after", equalTo("p4")));
    }

    @Test
    void aFilterByTypeAsksOnlyTheServiceThatKeepsIt() {
        ServiceStubs.of("people").stubFor(get(urlPathEqualTo("/changes")).willReturn(okJson(page(List.of(
                change(4, "2026-12-01T10:00:02Z", "Person", P1, P1, null)), List.of("p4"), false, 1))));

        JsonPath answer = read("{ changes(filter: {typenames: [\"Person\"]}) { edges { node { revision } } } }");

        assertThat(answer.getList("data.changes.edges.node.revision")).containsExactly("4");
        assertThat(calls("meetings")).isEmpty();
        ServiceStubs.of("people").verify(getRequestedFor(urlPathEqualTo("/changes"))
                .withQueryParam("typename", equalTo("Person")));
    }

    @Test
    void aCursorOfAnotherListOrAnUnknownTypeIsBadInput() {
        JsonPath foreign = read("{ changes(after: \"bTMw\") { totalCount } }");
        assertThat(foreign.getList("errors.extensions.code")).containsExactly("BAD_USER_INPUT");
        assertThat(foreign.getString("errors[0].message")).contains("'after'");

        JsonPath unknown = read("{ changes(filter: {typenames: [\"Spaceship\"]}) { totalCount } }");
        assertThat(unknown.getList("errors.extensions.code")).containsExactly("BAD_USER_INPUT");
        assertThat(unknown.getString("errors[0].message")).contains("typenames").contains("Spaceship");
        assertThat(calls("meetings")).isEmpty();
        assertThat(calls("people")).isEmpty();
    }

    @Test
    void asOfInTheFutureIsBadInputAndBeforeTheRecordIsNull() {
        String id = GlobalId.encode(GlobalId.MEETING, M1);
        JsonPath future = read("query($id: ID!, $at: DateTime) { meeting(id: $id, asOf: $at) { title } }", "id", id,
                "at", Instant.now().plusSeconds(3600).toString());
        assertThat(future.getList("errors.extensions.code")).containsExactly("BAD_USER_INPUT");
        assertThat(future.getString("errors[0].message")).contains("'asOf'");
        assertThat(calls("meetings")).isEmpty();

        ServiceStubs.of("meetings").stubFor(get(urlPathEqualTo("/meetings/" + M1)).withQueryParam("asOf",
                equalTo("2020-01-01T00:00:00Z")).willReturn(aResponse().withStatus(404)
                        .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));
        ServiceStubs.of("meetings").stubFor(get(urlPathEqualTo("/meetings/" + M1)).withQueryParam("asOf",
                equalTo("2025-01-01T00:00:00Z")).willReturn(okJson(meeting(M1, "Earlier title", 1))));
        JsonPath before = read("query($id: ID!) { meeting(id: $id, asOf: \"2020-01-01T00:00:00Z\") { title } }",
                "id", id);
        assertThat(before.getList("errors")).as(before.prettify()).isNullOrEmpty();
        assertThat(before.getString("data.meeting")).isNull();
        JsonPath then = read("query($id: ID!) { meeting(id: $id, asOf: \"2025-01-01T00:00:00Z\") { title } }",
                "id", id);
        assertThat(then.getString("data.meeting.title")).isEqualTo("Earlier title");
    }

    @Test
    void restoreNamesTheRevisionWhenItIsNotThisRecordsAndConflictsWhenStale() {
        String id = GlobalId.encode(GlobalId.MEETING, M1);
        String restore = """
                mutation($id: ID!, $rev: ID!) { restoreMeeting(id: $id, revision: $rev, expectedVersion: 3,
                  note: "back") { title version } }""";
        ServiceStubs.of("meetings").stubFor(post(urlPathEqualTo("/meetings/" + M1 + "/restore"))
                .withQueryParam("revision", equalTo("41")).willReturn(aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":400,\"detail\":\"revision 41 holds no state of this meeting\"}")));
        ServiceStubs.of("meetings").stubFor(post(urlPathEqualTo("/meetings/" + M1 + "/restore"))
                .withQueryParam("revision", equalTo("42")).willReturn(aResponse().withStatus(409)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":409,\"detail\":\"stale version\"}")));
        ServiceStubs.of("meetings").stubFor(post(urlPathEqualTo("/meetings/" + M1 + "/restore"))
                .withQueryParam("revision", equalTo("43")).willReturn(okJson(meeting(M1, "Old", 4))));

        JsonPath other = write(restore, "id", id, "rev", "41");
        assertThat(other.getList("errors.extensions.code")).containsExactly("BAD_USER_INPUT");
        assertThat(other.getString("errors[0].message")).contains("'revision'");

        JsonPath stale = write(restore, "id", id, "rev", "42");
        assertThat(stale.getList("errors.extensions.code")).containsExactly("CONFLICT");

        JsonPath notANumber = write(restore, "id", id, "rev", "forty");
        assertThat(notANumber.getList("errors.extensions.code")).containsExactly("BAD_USER_INPUT");
        assertThat(notANumber.getString("errors[0].message")).contains("'revision'");

        JsonPath restored = write(restore, "id", id, "rev", "43");
        assertThat(restored.getString("data.restoreMeeting.title")).isEqualTo("Old");
        ServiceStubs.of("meetings").verify(1, postRequestedFor(urlPathEqualTo("/meetings/" + M1 + "/restore"))
                .withQueryParam("revision", equalTo("43")).withHeader("If-Match", equalTo("\"3\""))
                .withHeader("Summitry-Note", equalTo("back")));
    }

    @Test
    void theNoteGoesWithTheWritePercentEncodedAndALongOneIsRefusedBeforeWriting() {
        String id = GlobalId.encode(GlobalId.MEETING, M1);
        ServiceStubs.of("meetings").stubFor(get(urlEqualTo("/meetings/" + M1)).willReturn(okJson(meeting(M1, "Old", 1))));
        ServiceStubs.of("meetings").stubFor(put(urlEqualTo("/meetings/" + M1)).willReturn(okJson(meeting(M1, "New", 2))));
        String update = """
                mutation($id: ID!, $note: String) { updateMeeting(id: $id, expectedVersion: 1, input: {title: "New",
                  kind: TALKS, status: HELD, date: {edtf: "2024-05-01"}},
                  note: $note) { title } }""";

        JsonPath answer = write(update, "id", id, "note", "Date per the 2 May communiqué, 100% sure");
        assertThat(answer.getList("errors")).as(answer.prettify()).isNullOrEmpty();
        ServiceStubs.of("meetings").verify(1, putRequestedFor(urlEqualTo("/meetings/" + M1)).withHeader("Summitry-Note",
                equalTo("Date%20per%20the%202%20May%20communiqu%C3%A9%2C%20100%25%20sure")));

        ServiceStubs.of("meetings").resetRequests();
        write(update, "id", id);
        assertThat(ServiceStubs.of("meetings").findAll(putRequestedFor(anyUrl())).get(0).containsHeader("Summitry-Note"))
                .as("no note, no header").isFalse();

        ServiceStubs.of("meetings").resetRequests();
        JsonPath tooLong = write(update, "id", id, "note", "x".repeat(501));
        assertThat(tooLong.getList("errors.extensions.code")).containsExactly("BAD_USER_INPUT");
        assertThat(tooLong.getString("errors[0].message")).contains("'note'");
        ServiceStubs.of("meetings").verify(0, putRequestedFor(anyUrl()));
    }

    @Test
    void theNoteGoesWithAPersonsWriteToo() {
        String id = GlobalId.encode(GlobalId.PERSON, P1);
        String person = "{\"id\":\"" + P1 + "\",\"name\":\"%s\",\"otherNames\":[],\"version\":%d}";
        ServiceStubs.of("people").stubFor(get(urlEqualTo("/people/" + P1)).willReturn(okJson(person.formatted("Kim", 1))));
        ServiceStubs.of("people").stubFor(put(urlEqualTo("/people/" + P1)).willReturn(okJson(person.formatted("Kym", 2))));

        JsonPath answer = write("""
                mutation($id: ID!) { updatePerson(id: $id, expectedVersion: 1, input: {name: "Kym"},
                  note: "spelling per MOFA") { name } }""", "id", id);

        assertThat(answer.getList("errors")).as(answer.prettify()).isNullOrEmpty();
        ServiceStubs.of("people").verify(1, putRequestedFor(urlEqualTo("/people/" + P1))
                .withHeader("Summitry-Note", equalTo("spelling%20per%20MOFA")));
    }

    static final UUID P2 = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    static final UUID O1 = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    static final UUID O2 = UUID.fromString("00000000-0000-0000-0000-0000000000d2");
    static final String MERGE_PEOPLE = """
            mutation($from: ID!, $into: ID!) { mergePeople(fromId: $from, intoId: $into, note: "same man") {
              name otherNames { name note } } }""";
    static final String MERGE_ORGANIZATIONS = """
            mutation($from: ID!, $into: ID!) { mergeOrganizations(fromId: $from, intoId: $into) { name } }""";

    static String person(UUID id, String name, String otherNames) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"otherNames\":[" + otherNames
                + "],\"version\":2}";
    }

    static String organization(UUID id, String name) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"kind\":\"MINISTRY\",\"sourceIds\":[],"
                + "\"version\":2}";
    }

    static String reference(String typename, UUID id, UUID meetingId, String field) {
        return "{\"typename\":\"%s\",\"id\":\"%s\",\"meetingId\":\"%s\",\"field\":\"%s\"}"
                .formatted(typename, id, meetingId, field);
    }

    static void peopleExist(String... people) {
        ServiceStubs.of("people").stubFor(post(urlEqualTo("/people/by-ids"))
                .willReturn(okJson("{\"items\":[" + String.join(",", people) + "],\"missing\":[]}")));
    }

    static String gid(String type, UUID id) {
        return GlobalId.encode(type, id);
    }

    @Test
    void mergePeopleMovesTheReferencesThenMergesEachWithTheNote() {
        peopleExist(person(P1, "Kim Yong Chol", ""), person(P2, "Kim Yong-chol", ""));
        String moves = "/references/people/" + P1 + "/move-to/" + P2;
        ServiceStubs.of("meetings").stubFor(post(urlEqualTo(moves))
                .willReturn(okJson("[" + reference("Participant", PART, M1, "personId") + "]")));
        ServiceStubs.of("people").stubFor(post(urlEqualTo("/people/" + P1 + "/merge-into/" + P2)).willReturn(okJson(
                person(P2, "Kim Yong-chol", "{\"name\":\"Kim Yong Chol\",\"note\":\"merged from person " + P1
                        + "\"}"))));

        JsonPath merged = write(MERGE_PEOPLE, "from", gid(GlobalId.PERSON, P1), "into", gid(GlobalId.PERSON, P2));

        assertThat(merged.getList("errors")).as(merged.prettify()).isNullOrEmpty();
        assertThat(merged.getString("data.mergePeople.name")).isEqualTo("Kim Yong-chol");
        assertThat(merged.getList("data.mergePeople.otherNames.name")).containsExactly("Kim Yong Chol");
        ServiceStubs.of("meetings").verify(1, postRequestedFor(urlEqualTo(moves))
                .withHeader("Summitry-Note", equalTo("same%20man")));
        ServiceStubs.of("people").verify(1, postRequestedFor(urlEqualTo("/people/" + P1 + "/merge-into/" + P2))
                .withHeader("Summitry-Note", equalTo("same%20man")));
        // the merged person stays refused as a reference: it no longer exists
        ServiceStubs.of("meetings").verify(1, putRequestedFor(urlEqualTo("/references/tombstones/people/" + P1)));
        ServiceStubs.of("meetings").verify(0, deleteRequestedFor(urlPathMatching("/references/tombstones/.*")));
    }

    @Test
    void referencesThatCannotMoveStopTheMergeBeforePeopleServiceIsAsked() {
        peopleExist(person(P1, "Kim Yong Chol", ""), person(P2, "Kim Yong-chol", ""));
        ServiceStubs.of("meetings").stubFor(post(urlEqualTo("/references/people/" + P1 + "/move-to/" + P2))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":409,\"detail\":\"both take part in one meeting\"}")));

        JsonPath refused = write(MERGE_PEOPLE, "from", gid(GlobalId.PERSON, P1), "into", gid(GlobalId.PERSON, P2));

        assertThat(refused.getList("errors.extensions.code")).containsExactly("CONFLICT");
        ServiceStubs.of("people").verify(0, postRequestedFor(urlPathEqualTo("/people/" + P1 + "/merge-into/" + P2)));
    }

    @Test
    void aWrongTypeTheSameIdTwiceOrAnUnknownIdIsRefusedBeforeAnythingMoves() {
        JsonPath wrongType = write(MERGE_PEOPLE, "from", gid(GlobalId.ORGANIZATION, O1), "into",
                gid(GlobalId.PERSON, P2));
        assertThat(wrongType.getList("errors.extensions.code")).containsExactly("BAD_USER_INPUT");
        assertThat(wrongType.getString("errors[0].message")).contains("'fromId'");

        JsonPath same = write(MERGE_ORGANIZATIONS, "from", gid(GlobalId.ORGANIZATION, O1), "into",
                gid(GlobalId.ORGANIZATION, O1));
        assertThat(same.getList("errors.extensions.code")).containsExactly("BAD_USER_INPUT");
        assertThat(same.getString("errors[0].message")).contains("'intoId'");

        ServiceStubs.of("people").stubFor(post(urlEqualTo("/people/by-ids")).willReturn(okJson(
                "{\"items\":[" + person(P1, "Kim Yong Chol", "") + ",null],\"missing\":[\"" + P2 + "\"]}")));
        JsonPath unknown = write(MERGE_PEOPLE, "from", gid(GlobalId.PERSON, P1), "into", gid(GlobalId.PERSON, P2));
        assertThat(unknown.getList("errors.extensions.code")).containsExactly("NOT_FOUND");
        assertThat(unknown.getString("errors[0].message")).contains("'intoId'").contains(gid(GlobalId.PERSON, P2));

        ServiceStubs.of("meetings").verify(0, postRequestedFor(anyUrl()));
        ServiceStubs.of("people").verify(0, postRequestedFor(urlPathEqualTo("/people/" + P1 + "/merge-into/" + P2)));
    }

    @Test
    void aMergeThatFailsAfterTheReferencesMovedSaysSoAndThatRepeatingIsSafe() {
        ServiceStubs.of("people").stubFor(post(urlEqualTo("/organizations/by-ids")).willReturn(okJson(
                "{\"items\":[" + organization(O1, "MOFA") + "," + organization(O2, "Foreign Ministry")
                        + "],\"missing\":[]}")));
        String moves = "/references/organizations/" + O1 + "/move-to/" + O2;
        ServiceStubs.of("meetings").stubFor(post(urlEqualTo(moves))
                .willReturn(okJson("[" + reference("Meeting", M1, M1, "hostOrganizationId") + "]")));
        ServiceStubs.of("people").stubFor(post(urlEqualTo("/organizations/" + O1 + "/merge-into/" + O2))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":409,\"detail\":\"changed meanwhile\"}")));

        JsonPath failed = write(MERGE_ORGANIZATIONS, "from", gid(GlobalId.ORGANIZATION, O1), "into",
                gid(GlobalId.ORGANIZATION, O2));

        assertThat(failed.getList("errors.extensions.code")).containsExactly("CONFLICT");
        assertThat(failed.getString("errors[0].message")).contains("already point at 'intoId'")
                .contains("Repeating mergeOrganizations is safe");
        assertThat(failed.getMap("data")).isNull();
        ServiceStubs.of("meetings").verify(1, postRequestedFor(urlEqualTo(moves)));

        ServiceStubs.of("people").stubFor(post(urlEqualTo("/organizations/" + O1 + "/merge-into/" + O2))
                .willReturn(okJson(organization(O2, "Foreign Ministry"))));
        ServiceStubs.of("meetings").stubFor(post(urlEqualTo(moves)).willReturn(okJson("[]")));
        JsonPath repeated = write(MERGE_ORGANIZATIONS, "from", gid(GlobalId.ORGANIZATION, O1), "into",
                gid(GlobalId.ORGANIZATION, O2));
        assertThat(repeated.getString("data.mergeOrganizations.name")).as(repeated.prettify())
                .isEqualTo("Foreign Ministry");
    }

    @Test
    void deletingAReferredPersonOrOrganizationIsRefusedNamingEveryReferringRecord() {
        UUID mention = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
        UUID statement = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
        ServiceStubs.of("meetings").stubFor(post(urlEqualTo("/references/by-people")).willReturn(okJson(
                "{\"groups\":[{\"key\":\"" + P1 + "\",\"items\":[" + reference("Participant", PART, M1, "personId")
                        + "," + reference("Mention", mention, M2, "personId") + ","
                        + reference("Mention", mention, M2, "mentionedById") + ","
                        + reference("Statement", statement, M3, "speakerIds") + "]}]}")));
        ServiceStubs.of("meetings").stubFor(post(urlEqualTo("/references/by-organizations")).willReturn(okJson(
                "{\"groups\":[{\"key\":\"" + O1 + "\",\"items\":["
                        + reference("Meeting", M1, M1, "hostOrganizationId") + "]}]}")));

        JsonPath person = write("mutation($id: ID!) { deletePerson(id: $id, expectedVersion: 2) }", "id",
                gid(GlobalId.PERSON, P1));
        JsonPath organization = write("mutation($id: ID!) { deleteOrganization(id: $id, expectedVersion: 2) }",
                "id", gid(GlobalId.ORGANIZATION, O1));

        assertThat(person.getList("errors.extensions.code")).containsExactly("CONFLICT");
        assertThat(person.getString("errors[0].message")).contains("4 record(s)")
                .contains("participant " + gid(GlobalId.PARTICIPANT, PART) + " of meeting " + gid(GlobalId.MEETING, M1))
                .contains("mention " + gid(GlobalId.MENTION, mention) + " (person)")
                .contains("mention " + gid(GlobalId.MENTION, mention) + " (mentionedBy)")
                .contains("statement " + gid(GlobalId.STATEMENT, statement) + " (speaker) of meeting "
                        + gid(GlobalId.MEETING, M3));
        assertThat(organization.getList("errors.extensions.code")).containsExactly("CONFLICT");
        assertThat(organization.getString("errors[0].message")).contains("meeting " + gid(GlobalId.MEETING, M1)
                + " (host)");
        ServiceStubs.of("people").verify(0, deleteRequestedFor(anyUrl()));
        // laid before the references were listed, lifted once they were found
        ServiceStubs.of("meetings").verify(1, putRequestedFor(urlEqualTo("/references/tombstones/people/" + P1)));
        ServiceStubs.of("meetings").verify(1, deleteRequestedFor(urlEqualTo("/references/tombstones/people/" + P1)));
        ServiceStubs.of("meetings").verify(1, deleteRequestedFor(
                urlEqualTo("/references/tombstones/organizations/" + O1)));
    }
}
