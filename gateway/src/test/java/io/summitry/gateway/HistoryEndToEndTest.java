package io.summitry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * History end to end, over the real services: an edit made with a note shows in the record's history with its
 * editor, time, note and field diffs; the record as it stood before the edit has the earlier value; restoring the
 * earlier revision brings it back as a RESTORED change.
 */
@QuarkusTest
class HistoryEndToEndTest {

    static final String EDITOR = "local-editor@summitry.local";
    static final String CHANGE = "revision at kind typename nodeId note editor { id } fields { field before after }";

    static Map<String, Object> meetingInput(String title) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("kind", "SEMINAR");
        input.put("status", "PLANNED");
        input.put("date", Map.of("edtf", "2025-40"));
        return input;
    }

    /** Waits until the clock has moved on, so that an instant taken between two writes lies strictly between them. */
    static Instant between() throws InterruptedException {
        Thread.sleep(20);
        Instant now = Instant.now();
        Thread.sleep(20);
        return now;
    }

    @Test
    void aMeetingEditedWithANoteShowsInHistoryStandsAsItWasAndIsRestored() throws InterruptedException {
        Instant beforeCreation = between();
        JsonPath created = GraphQL.ok("mutation($input: MeetingInput!) { createMeeting(input: $input) { id version } }",
                "input", meetingInput("Working-level talks on export controls"));
        String id = created.getString("data.createMeeting.id");
        Instant beforeEdit = between();
        JsonPath edited = GraphQL.ok("""
                mutation($id: ID!, $v: Int!, $input: MeetingInput!) { updateMeeting(id: $id, expectedVersion: $v,
                  input: $input, note: "Title as in the joint statement, §2") { version } }""",
                "id", id, "v", created.getInt("data.createMeeting.version"),
                "input", meetingInput("Trilateral working-level talks on export controls"));

        JsonPath history = GraphQL.ok("query($id: ID!) { meeting(id: $id) { history(first: 5) { totalCount "
                + "edges { node { " + CHANGE + " node { id } } } } } }", "id", id);
        String first = "data.meeting.history.edges[0].node.";
        assertThat(history.getString(first + "kind")).isEqualTo("UPDATED");
        assertThat(history.getString(first + "typename")).isEqualTo("Meeting");
        assertThat(history.getString(first + "nodeId")).isEqualTo(id);
        assertThat(history.getString(first + "node.id")).isEqualTo(id);
        assertThat(history.getString(first + "editor.id")).isEqualTo(EDITOR);
        assertThat(history.getString(first + "note")).isEqualTo("Title as in the joint statement, §2");
        assertThat(Instant.parse(history.getString(first + "at"))).isAfter(beforeEdit);
        List<Map<String, String>> fields = history.getList(first + "fields");
        assertThat(fields).contains(Map.of("field", "title", "before", "\"Working-level talks on export controls\"",
                "after", "\"Trilateral working-level talks on export controls\""));
        assertThat(history.getString("data.meeting.history.edges[1].node.kind")).isEqualTo("CREATED");
        String createdRevision = history.getString("data.meeting.history.edges[1].node.revision");

        JsonPath then = GraphQL.ok("query($id: ID!, $at: DateTime) { meeting(id: $id, asOf: $at) { title } }",
                "id", id, "at", beforeEdit.toString());
        assertThat(then.getString("data.meeting.title")).isEqualTo("Working-level talks on export controls");
        JsonPath before = GraphQL.ok("query($id: ID!, $at: DateTime) { meeting(id: $id, asOf: $at) { title } }",
                "id", id, "at", beforeCreation.toString());
        assertThat(before.getMap("data")).containsEntry("meeting", null);

        JsonPath restored = GraphQL.ok("""
                mutation($id: ID!, $rev: ID!, $v: Int!) { restoreMeeting(id: $id, revision: $rev, expectedVersion: $v,
                  note: "back to the source's title") { title version } }""",
                "id", id, "rev", createdRevision, "v", edited.getInt("data.updateMeeting.version"));
        assertThat(restored.getString("data.restoreMeeting.title")).isEqualTo("Working-level talks on export controls");
        JsonPath after = GraphQL.ok("query($id: ID!) { meeting(id: $id) { history(first: 1) { edges { node { "
                + CHANGE + " } } } } }", "id", id);
        assertThat(after.getString(first + "kind")).isEqualTo("RESTORED");
        assertThat(after.getString(first + "note")).isEqualTo("back to the source's title");
    }

    @Test
    void aPersonEditedWithANoteShowsInHistoryStandsAsTheyWereAndIsRestored() throws InterruptedException {
        JsonPath created = GraphQL.ok("mutation { createPerson(input: {name: \"Kim Sung-han\"}) { id version } }");
        String id = created.getString("data.createPerson.id");
        Instant beforeEdit = between();
        JsonPath edited = GraphQL.ok("""
                mutation($id: ID!, $v: Int!) { updatePerson(id: $id, expectedVersion: $v,
                  input: {name: "Kim Sung-hwan"}, note: "spelling per MOFA") { version } }""",
                "id", id, "v", created.getInt("data.createPerson.version"));

        JsonPath history = GraphQL.ok("query($id: ID!) { person(id: $id) { history { edges { node { " + CHANGE
                + " } } } } }", "id", id);
        String first = "data.person.history.edges[0].node.";
        assertThat(history.getString(first + "kind")).isEqualTo("UPDATED");
        assertThat(history.getString(first + "note")).isEqualTo("spelling per MOFA");
        assertThat(history.getString(first + "editor.id")).isEqualTo(EDITOR);
        assertThat(history.getList(first + "fields")).contains(
                Map.of("field", "name", "before", "\"Kim Sung-han\"", "after", "\"Kim Sung-hwan\""));
        String createdRevision = history.getString("data.person.history.edges[1].node.revision");

        JsonPath then = GraphQL.ok("query($id: ID!, $at: DateTime) { person(id: $id, asOf: $at) { name } }",
                "id", id, "at", beforeEdit.toString());
        assertThat(then.getString("data.person.name")).isEqualTo("Kim Sung-han");

        JsonPath restored = GraphQL.ok("""
                mutation($id: ID!, $rev: ID!, $v: Int!) { restorePerson(id: $id, revision: $rev, expectedVersion: $v)
                  { name } }""", "id", id, "rev", createdRevision, "v", edited.getInt("data.updatePerson.version"));
        assertThat(restored.getString("data.restorePerson.name")).isEqualTo("Kim Sung-han");
        JsonPath changes = GraphQL.ok("""
                { changes(first: 5, filter: {typenames: ["Person"], editorIds: ["local-editor@summitry.local"]}) {
                  edges { node { kind nodeId } } } }""");
        assertThat(changes.getString("data.changes.edges[0].node.kind")).isEqualTo("RESTORED");
        assertThat(changes.getString("data.changes.edges[0].node.nodeId")).isEqualTo(id);
    }

    @Test
    void mergingTwoPeopleMovesTheParticipantAndKeepsTheMergedNameAsAnotherName() {
        String duplicate = GraphQL.ok("mutation { createPerson(input: {name: \"Choe Son Hui\"}) { id } }")
                .getString("data.createPerson.id");
        String kept = GraphQL.ok("mutation { createPerson(input: {name: \"Choe Son-hui\"}) { id } }")
                .getString("data.createPerson.id");
        String meeting = GraphQL.ok("mutation($input: MeetingInput!) { createMeeting(input: $input) { id } }",
                "input", meetingInput("Consultations on the summit agenda")).getString("data.createMeeting.id");
        String participant = GraphQL.ok("""
                mutation($m: ID!, $p: ID!) { addParticipant(meetingId: $m, input: {personId: $p, role: SPEAKER}) { id } }""",
                "m", meeting, "p", duplicate).getString("data.addParticipant.id");

        JsonPath merged = GraphQL.ok("""
                mutation($from: ID!, $into: ID!) { mergePeople(fromId: $from, intoId: $into, note: "one person") {
                  id name otherNames { name } } }""", "from", duplicate, "into", kept);

        assertThat(merged.getString("data.mergePeople.id")).isEqualTo(kept);
        assertThat(merged.getString("data.mergePeople.name")).isEqualTo("Choe Son-hui");
        assertThat(merged.getList("data.mergePeople.otherNames.name")).contains("Choe Son Hui");
        JsonPath after = GraphQL.ok("query($m: ID!, $p: ID!) { meeting(id: $m) { participants { id person { id } } } "
                + "person(id: $p) { id } }", "m", meeting, "p", duplicate);
        assertThat(after.getList("data.meeting.participants.id")).containsExactly(participant);
        assertThat(after.getList("data.meeting.participants.person.id")).containsExactly(kept);
        assertThat(after.getMap("data")).containsEntry("person", null);

        JsonPath again = GraphQL.post("""
                mutation($from: ID!, $into: ID!) { mergePeople(fromId: $from, intoId: $into) { id } }""",
                "from", duplicate, "into", kept);
        assertThat(GraphQL.codes(again)).containsExactly("NOT_FOUND");
    }

    @Test
    void aDeletedPersonOrMeetingKeepsItsLastValuesInItsDeletedChangeAndStandsAsItWasBefore()
            throws InterruptedException {
        JsonPath person = GraphQL.ok("mutation { createPerson(input: {name: \"Yoon Duk-min\"}) { id version } }");
        String personId = person.getString("data.createPerson.id");
        JsonPath meeting = GraphQL.ok("mutation($input: MeetingInput!) { createMeeting(input: $input) { id version } }",
                "input", meetingInput("Seminar on extended deterrence"));
        String meetingId = meeting.getString("data.createMeeting.id");
        Instant beforeDeletion = between();
        GraphQL.ok("mutation($id: ID!, $v: Int!) { deletePerson(id: $id, expectedVersion: $v, note: \"duplicate entry\") }",
                "id", personId, "v", person.getInt("data.createPerson.version"));
        GraphQL.ok("mutation($id: ID!, $v: Int!) { deleteMeeting(id: $id, expectedVersion: $v) }",
                "id", meetingId, "v", meeting.getInt("data.createMeeting.version"));

        JsonPath gone = GraphQL.ok("query($p: ID!, $m: ID!) { person(id: $p) { id } meeting(id: $m) { id } }",
                "p", personId, "m", meetingId);
        assertThat(gone.getMap("data")).containsEntry("person", null).containsEntry("meeting", null);
        JsonPath then = GraphQL.ok("""
                query($p: ID!, $m: ID!, $at: DateTime) { person(id: $p, asOf: $at) { name }
                  meeting(id: $m, asOf: $at) { title } }""", "p", personId, "m", meetingId,
                "at", beforeDeletion.toString());
        assertThat(then.getString("data.person.name")).isEqualTo("Yoon Duk-min");
        assertThat(then.getString("data.meeting.title")).isEqualTo("Seminar on extended deterrence");

        JsonPath changes = GraphQL.ok("""
                { changes(first: 10, filter: {typenames: ["Person", "Meeting"]}) { edges { node { %s node { id } } } } }"""
                .formatted(CHANGE));
        String deleted = "data.changes.edges.node.find { it.kind == 'DELETED' && it.nodeId == '%s' }";
        assertThat(changes.getString(deleted.formatted(personId) + ".note")).isEqualTo("duplicate entry");
        assertThat(changes.getMap(deleted.formatted(personId))).containsEntry("node", null);
        assertThat(changes.<Object>getList(deleted.formatted(personId) + ".fields"))
                .contains(removed("name", "\"Yoon Duk-min\""));
        assertThat(changes.<Object>getList(deleted.formatted(meetingId) + ".fields"))
                .contains(removed("title", "\"Seminar on extended deterrence\""));
    }

    /** A field change of a DELETED change: its last value before, nothing after. */
    static Map<String, String> removed(String field, String before) {
        Map<String, String> change = new HashMap<>();
        change.put("field", field);
        change.put("before", before);
        change.put("after", null);
        return change;
    }
}
