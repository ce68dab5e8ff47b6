package io.summitry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A person whom a statement names as speaker cannot be deleted, and the refusal names what refers to them. */
@QuarkusTest
class ReferencedDeletionTest {

    @Test
    void aSpeakerIsNotDeletedAndTheRefusalNamesTheStatement() {
        JsonPath person = GraphQL.ok("mutation { createPerson(input: {name: \"Speaker Only\"}) { id version } }");
        String personId = person.getString("data.createPerson.id");
        String meetingId = GraphQL.ok("mutation($input: MeetingInput!) { createMeeting(input: $input) { id } }",
                "input", Map.of("title", "Briefing with one speaker", "kind", "SEMINAR", "status", "HELD",
                        "date", Map.of("edtf", "2024-10-02")))
                .getString("data.createMeeting.id");
        String statementId = GraphQL.ok("""
                mutation($m: ID!, $p: ID!) { addStatement(meetingId: $m, input: {speakerIds: [$p], kind: PARAPHRASE,
                  text: "said the talks would continue"}) { id } }""", "m", meetingId, "p", personId)
                .getString("data.addStatement.id");

        JsonPath refused = GraphQL.post("mutation($id: ID!, $v: Int!) { deletePerson(id: $id, expectedVersion: $v) }",
                "id", personId, "v", person.getInt("data.createPerson.version"));

        assertThat(GraphQL.codes(refused)).containsExactly("CONFLICT");
        assertThat(refused.getString("errors[0].message")).contains(statementId).contains(meetingId);
        assertThat(GraphQL.ok("query($id: ID!) { person(id: $id) { name } }", "id", personId)
                .getString("data.person.name")).isEqualTo("Speaker Only");
    }
}
