package io.summitry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The mutations: validated inputs, references checked across services before writing, optimistic locking. */
@QuarkusTest
class MutationTest {

    static final String UPDATE_PERSON = """
            mutation($id: ID!, $v: Int!, $name: String!) { updatePerson(id: $id, expectedVersion: $v,
              input: {name: $name, nationality: "KR"}) { name version } }""";
    static final String CREATE_MEETING = """
            mutation($input: MeetingInput!) { createMeeting(input: $input) { id title version } }""";

    @BeforeEach
    void loadFixture() {
        Fixture.load();
    }

    static String unknown(String type) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + UUID.randomUUID()).getBytes());
    }

    static Map<String, Object> meetingInput(String title) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("kind", "SEMINAR");
        input.put("status", "PLANNED");
        input.put("date", Map.of("edtf", "2025-40", "note", "the first half of 2025"));
        return input;
    }

    @Test
    void shouldCreateUpdateAndDeleteAPerson() {
        JsonPath created = GraphQL.ok("""
                mutation { createPerson(input: {name: "Lee Jong-sup", givenName: "Jong-sup", familyName: "Lee",
                  otherNames: [{name: "이종섭", lang: "ko"}], nationality: "KR"}) { id name version
                  otherNames { name lang } nationality { name } } }""");
        String id = created.getString("data.createPerson.id");
        int version = created.getInt("data.createPerson.version");
        assertThat(created.getString("data.createPerson.otherNames[0].name")).isEqualTo("이종섭");

        JsonPath updated = GraphQL.ok(UPDATE_PERSON, "id", id, "v", version, "name", "Lee Jong-seop");
        assertThat(updated.getString("data.updatePerson.name")).isEqualTo("Lee Jong-seop");
        assertThat(updated.getInt("data.updatePerson.version")).isGreaterThan(version);

        JsonPath stale = GraphQL.post(UPDATE_PERSON, "id", id, "v", version, "name", "Stale");
        assertThat(GraphQL.codes(stale)).containsExactly("CONFLICT");
        assertThat(GraphQL.ok("query($id: ID!) { person(id: $id) { name } }", "id", id)
                .getString("data.person.name")).isEqualTo("Lee Jong-seop");

        JsonPath deleted = GraphQL.ok("mutation($id: ID!, $v: Int!) { deletePerson(id: $id, expectedVersion: $v) }",
                "id", id, "v", updated.getInt("data.updatePerson.version"));
        assertThat(deleted.getString("data.deletePerson")).isEqualTo(id);
        assertThat(GraphQL.ok("query($id: ID!) { person(id: $id) { name } }", "id", id)
                .getString("data.person")).isNull();
    }

    @Test
    void shouldAnswerNotFoundForAnUpdateOfNobody() {
        JsonPath answer = GraphQL.post(UPDATE_PERSON, "id", unknown("Person"), "v", 0, "name", "Nobody");
        assertThat(GraphQL.codes(answer)).containsExactly("NOT_FOUND");
    }

    @Test
    void shouldRefuseToDeleteAPersonWhoTookPartInMeetings() {
        int version = GraphQL.ok("query($id: ID!) { person(id: $id) { version } }", "id", Fixture.kano)
                .getInt("data.person.version");
        JsonPath answer = GraphQL.post("mutation($id: ID!, $v: Int!) { deletePerson(id: $id, expectedVersion: $v) }",
                "id", Fixture.kano, "v", version);
        assertThat(GraphQL.codes(answer)).containsExactly("CONFLICT");
        assertThat(GraphQL.ok("query($id: ID!) { person(id: $id) { name } }", "id", Fixture.kano)
                .getString("data.person.name")).isEqualTo("Kano Koji");
    }

    @Test
    void shouldRefuseAMeetingHostedByAnUnknownOrganizationWithoutWritingIt() {
        Map<String, Object> input = meetingInput("Seminar hosted by nobody");
        input.put("hostOrganizationId", unknown("Organization"));
        JsonPath answer = GraphQL.post(CREATE_MEETING, "input", input);
        assertThat(GraphQL.codes(answer)).containsExactly("BAD_USER_INPUT");
        assertThat(answer.getString("errors[0].message")).contains("input.hostOrganizationId");
        assertThat(GraphQL.ok("{ meetings(filter: {text: \"hosted by nobody\"}) { totalCount } }")
                .getInt("data.meetings.totalCount")).isZero();
    }

    @Test
    void shouldRefuseAnIdOfAnotherTypeAsAReference() {
        Map<String, Object> input = meetingInput("Seminar hosted by a person");
        input.put("hostOrganizationId", Fixture.cho);
        assertThat(GraphQL.codes(GraphQL.post(CREATE_MEETING, "input", input))).containsExactly("BAD_USER_INPUT");
    }

    @Test
    void shouldRefuseAnInvalidFuzzyDate() {
        Map<String, Object> input = meetingInput("Seminar on a bad day");
        input.put("date", Map.of("edtf", "sometime soon"));
        JsonPath answer = GraphQL.post(CREATE_MEETING, "input", input);
        assertThat(GraphQL.codes(answer)).containsExactly("BAD_USER_INPUT");
        assertThat(answer.getString("errors[0].message")).contains("sometime soon");
    }

    @Test
    void shouldUpdateAMeetingOnlyWithTheCurrentVersion() {
        Map<String, Object> input = meetingInput("Seminar on extended deterrence");
        input.put("hostOrganizationId", Fixture.mnd);
        JsonPath created = GraphQL.ok(CREATE_MEETING, "input", input);
        String id = created.getString("data.createMeeting.id");
        int version = created.getInt("data.createMeeting.version");
        String update = """
                mutation($id: ID!, $v: Int!, $input: MeetingInput!) { updateMeeting(id: $id, expectedVersion: $v,
                  input: $input) { title version host { acronym } } }""";
        input.put("title", "Seminar on extended deterrence (2nd)");
        JsonPath updated = GraphQL.ok(update, "id", id, "v", version, "input", input);
        assertThat(updated.getString("data.updateMeeting.host.acronym")).isEqualTo("MND");
        assertThat(updated.getInt("data.updateMeeting.version")).isGreaterThan(version);

        input.put("title", "Lost update");
        assertThat(GraphQL.codes(GraphQL.post(update, "id", id, "v", version, "input", input)))
                .containsExactly("CONFLICT");

        input.put("hostOrganizationId", unknown("Organization"));
        assertThat(GraphQL.codes(GraphQL.post(update, "id", id, "v", updated.getInt("data.updateMeeting.version"),
                "input", input))).containsExactly("BAD_USER_INPUT");

        GraphQL.ok("mutation($id: ID!, $v: Int!) { deleteMeeting(id: $id, expectedVersion: $v) }", "id", id, "v",
                updated.getInt("data.updateMeeting.version"));
        assertThat(GraphQL.ok("query($id: ID!) { meeting(id: $id) { id } }", "id", id).getString("data.meeting"))
                .isNull();
    }

    @Test
    void shouldAddAndRemoveParticipantsCheckingPeopleAndMeeting() {
        String meeting = GraphQL.ok(CREATE_MEETING, "input", meetingInput("Seminar with participants"))
                .getString("data.createMeeting.id");
        String add = """
                mutation($m: ID!, $p: ID!) { addParticipant(meetingId: $m, input: {personId: $p, role: SPEAKER,
                  delegationCountryCode: "US", titleAsReported: "ASD"}) { id role person { name } } }""";
        JsonPath added = GraphQL.ok(add, "m", meeting, "p", Fixture.ratner);
        assertThat(added.getString("data.addParticipant.person.name")).isEqualTo("Ely Ratner");

        assertThat(GraphQL.codes(GraphQL.post(add, "m", meeting, "p", unknown("Person"))))
                .containsExactly("BAD_USER_INPUT");
        assertThat(GraphQL.codes(GraphQL.post(add, "m", unknown("Meeting"), "p", Fixture.cho)))
                .containsExactly("BAD_USER_INPUT");
        assertThat(GraphQL.codes(GraphQL.post(add, "m", meeting, "p", Fixture.ratner))).containsExactly("CONFLICT");

        GraphQL.ok("mutation($m: ID!, $id: ID!) { removeParticipant(meetingId: $m, id: $id) }", "m", meeting, "id",
                added.getString("data.addParticipant.id"));
        assertThat(GraphQL.ok("query($id: ID!) { meeting(id: $id) { participants { role } } }", "id", meeting)
                .getList("data.meeting.participants")).isEmpty();
    }

    @Test
    void shouldCheckThePeopleOfMentionsAndStatements() {
        String meeting = GraphQL.ok(CREATE_MEETING, "input", meetingInput("Seminar with statements"))
                .getString("data.createMeeting.id");
        JsonPath mention = GraphQL.post("""
                mutation($m: ID!, $p: ID!, $by: ID) { addMention(meetingId: $m, input: {personId: $p,
                  mentionedById: $by}) { person { name } } }""", "m", meeting, "p", Fixture.heo, "by",
                unknown("Person"));
        assertThat(GraphQL.codes(mention)).containsExactly("BAD_USER_INPUT");
        JsonPath statement = GraphQL.post("""
                mutation($m: ID!, $p: ID!) { addStatement(meetingId: $m, input: {speakerId: $p, kind: QUOTE,
                  text: "We will deepen cooperation."}) { speaker { name } } }""", "m", meeting, "p",
                unknown("Person"));
        assertThat(GraphQL.codes(statement)).containsExactly("BAD_USER_INPUT");
        JsonPath ok = GraphQL.ok("""
                mutation($m: ID!, $p: ID!) { addStatement(meetingId: $m, input: {speakerId: $p, kind: QUOTE,
                  text: "We will deepen cooperation."}) { kind speaker { name } meeting { title } } }""", "m",
                meeting, "p", Fixture.cho);
        assertThat(ok.getString("data.addStatement.speaker.name")).isEqualTo("Cho Chang-rae");
        JsonPath report = GraphQL.post("""
                mutation($m: ID!, $s: ID!) { addDateReport(meetingId: $m, input: {date: {edtf: "2025"},
                  sourceId: $s}) { id } }""", "m", unknown("Meeting"), "s", Fixture.article);
        assertThat(GraphQL.codes(report)).containsExactly("BAD_USER_INPUT");
    }

    @Test
    void shouldManagePostsCheckingTheirSources() {
        Map<String, Object> input = new HashMap<>();
        input.put("personId", Fixture.kano);
        input.put("organizationId", Fixture.mod);
        input.put("title", "Vice-Minister of Defense for International Affairs");
        input.put("start", Map.of("edtf", "2025-07"));
        input.put("sourceIds", List.of(unknown("Source")));
        String add = "mutation($input: PositionInput!) { addPosition(input: $input) { id version sources { id } } }";
        assertThat(GraphQL.codes(GraphQL.post(add, "input", input))).containsExactly("BAD_USER_INPUT");

        input.put("sourceIds", List.of(Fixture.pressRelease));
        JsonPath added = GraphQL.ok(add, "input", input);
        String id = added.getString("data.addPosition.id");
        assertThat(added.getList("data.addPosition.sources.id")).containsExactly(Fixture.pressRelease);
        int version = added.getInt("data.addPosition.version");

        input.put("title", "Vice-Minister of Defense");
        String update = """
                mutation($id: ID!, $v: Int!, $input: PositionInput!) { updatePosition(id: $id, expectedVersion: $v,
                  input: $input) { title version } }""";
        JsonPath updated = GraphQL.ok(update, "id", id, "v", version, "input", input);
        assertThat(updated.getString("data.updatePosition.title")).isEqualTo("Vice-Minister of Defense");
        assertThat(GraphQL.codes(GraphQL.post(update, "id", id, "v", version, "input", input)))
                .containsExactly("CONFLICT");
        GraphQL.ok("mutation($id: ID!, $v: Int!) { deletePosition(id: $id, expectedVersion: $v) }", "id", id, "v",
                updated.getInt("data.updatePosition.version"));
    }

    @Test
    void shouldManageOrganizationsSeriesAndSources() {
        JsonPath org = GraphQL.ok("""
                mutation($parent: ID) { createOrganization(input: {name: "Joint Chiefs of Staff", kind: MILITARY,
                  countryCode: "KR", parentId: $parent}) { id version parent { acronym } } }""", "parent", Fixture.mnd);
        String orgId = org.getString("data.createOrganization.id");
        assertThat(org.getString("data.createOrganization.parent.acronym")).isEqualTo("MND");
        JsonPath orgUpdated = GraphQL.ok("""
                mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, expectedVersion: $v,
                  input: {name: "Joint Chiefs of Staff", acronym: "JCS", kind: MILITARY, countryCode: "KR"})
                  { acronym version parent { id } } }""", "id", orgId, "v", org.getInt("data.createOrganization.version"));
        assertThat(orgUpdated.getString("data.updateOrganization.acronym")).isEqualTo("JCS");
        GraphQL.ok("mutation($id: ID!, $v: Int!) { deleteOrganization(id: $id, expectedVersion: $v) }", "id", orgId,
                "v", orgUpdated.getInt("data.updateOrganization.version"));
        assertThat(GraphQL.codes(GraphQL.post("""
                mutation($p: ID) { createOrganization(input: {name: "Orphan", kind: OTHER, parentId: $p}) { id } }""",
                "p", unknown("Organization")))).containsExactly("BAD_USER_INPUT");

        assertThat(GraphQL.codes(GraphQL.post("""
                mutation { createSeries(input: {slug: "defense-trilateral-talks", name: "Again"}) { slug } }""")))
                .containsExactly("CONFLICT");
        JsonPath series = GraphQL.ok("""
                mutation { createSeries(input: {slug: "trilateral-chiefs-of-defense", name: "Tri-CHOD"})
                  { slug version } }""");
        GraphQL.ok("""
                mutation($v: Int!) { updateSeries(slug: "trilateral-chiefs-of-defense", expectedVersion: $v,
                  input: {slug: "trilateral-chiefs-of-defense", name: "Trilateral Chiefs of Defense"}) { name } }""",
                "v", series.getInt("data.createSeries.version"));

        String sourceId = Fixture.source("Readout", "MND", "2024-09-12", "https://www.mnd.go.kr/readout");
        int version = GraphQL.ok("query($id: ID!) { source(id: $id) { version } }", "id", sourceId)
                .getInt("data.source.version");
        assertThat(GraphQL.ok("""
                mutation($id: ID!, $v: Int!) { updateSource(id: $id, expectedVersion: $v, input: {title: "Readout (EN)",
                  url: "https://www.mnd.go.kr/readout-en"}) { title url } }""", "id", sourceId, "v", version)
                .getString("data.updateSource.title")).isEqualTo("Readout (EN)");
        assertThat(GraphQL.codes(GraphQL.post("""
                mutation { createSource(input: {title: "Bad link", url: "not a url"}) { id } }""")))
                .containsExactly("BAD_USER_INPUT");
    }
}
