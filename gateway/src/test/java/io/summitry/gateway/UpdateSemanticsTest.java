package io.summitry.gateway;

import static io.summitry.gateway.SecondRoundTest.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every update mutation keeps what the caller left out of its input, and clears only what it sets to null or to
 * an empty list: an editor or a front end sends what it changed, and nothing else is lost.
 */
@QuarkusTest
class UpdateSemanticsTest {

    @BeforeEach
    void loadFixture() {
        Fixture.load();
    }

    @Test
    void updateMeetingShouldKeepWhatItIsNotGiven() {
        String id = SecondRoundTest.meeting(map("title", "Tabletop exercise", "kind", "EXERCISE",
                "date", map("edtf", "2024-09-10", "note", "the day of the talks"), "sourceIds", List.of(Fixture.article),
                "topics", List.of("missile warning"), "countryCodes", List.of("KR", "US"),
                "location", map("venue", "MND", "city", "Seoul", "countryCode", "KR"), "summary", "first summary"));
        String update = """
                mutation($id: ID!, $v: Int!, $input: MeetingInput!) { updateMeeting(id: $id, expectedVersion: $v,
                  input: $input) { summary version topics countries { code } sources { id }
                  location { venue city country { code } } date { edtf note } } }""";
        JsonPath updated = GraphQL.ok(update, "id", id, "v", 0, "input", map("title", "Tabletop exercise",
                "kind", "EXERCISE", "status", "HELD", "date", map("edtf", "2024-09-10"), "summary", "second summary",
                "location", map("venue", "MND compound")));
        assertThat(updated.getString("data.updateMeeting.summary")).isEqualTo("second summary");
        assertThat(updated.getList("data.updateMeeting.sources.id")).containsExactly(Fixture.article);
        assertThat(updated.getList("data.updateMeeting.topics")).containsExactly("missile warning");
        assertThat(updated.getList("data.updateMeeting.countries.code")).containsExactly("KR", "US");
        assertThat(updated.getString("data.updateMeeting.location.venue")).isEqualTo("MND compound");
        assertThat(updated.getString("data.updateMeeting.location.city")).isEqualTo("Seoul");
        assertThat(updated.getString("data.updateMeeting.date.note")).isEqualTo("the day of the talks");

        JsonPath cleared = GraphQL.ok(update, "id", id, "v", updated.getInt("data.updateMeeting.version"), "input",
                map("title", "Tabletop exercise", "kind", "EXERCISE", "status", "HELD", "date", map("edtf", "2024-09-10"),
                        "sourceIds", List.of(), "summary", null, "location", null));
        assertThat(cleared.getList("data.updateMeeting.sources")).isEmpty();
        assertThat(cleared.getString("data.updateMeeting.summary")).isNull();
        assertThat(cleared.getString("data.updateMeeting.location")).isNull();
        assertThat(cleared.getList("data.updateMeeting.topics")).containsExactly("missile warning");
    }

    @Test
    void updatePersonShouldKeepWhatItIsNotGiven() {
        JsonPath created = GraphQL.ok("""
                mutation { createPerson(input: {name: "Yoon Suk Yeol", givenName: "Suk Yeol", familyName: "Yoon",
                  nationality: "KR", otherNames: [{name: "윤석열", lang: "ko"}], summary: "president"}) { id version } }""");
        String update = """
                mutation($id: ID!, $v: Int!, $input: PersonInput!) { updatePerson(id: $id, expectedVersion: $v,
                  input: $input) { name givenName summary version nationality { code } otherNames { name } } }""";
        JsonPath updated = GraphQL.ok(update, "id", created.getString("data.createPerson.id"), "v",
                created.getInt("data.createPerson.version"), "input", map("name", "Yoon Suk-yeol"));
        assertThat(updated.getString("data.updatePerson.name")).isEqualTo("Yoon Suk-yeol");
        assertThat(updated.getString("data.updatePerson.givenName")).isEqualTo("Suk Yeol");
        assertThat(updated.getString("data.updatePerson.summary")).isEqualTo("president");
        assertThat(updated.getString("data.updatePerson.nationality.code")).isEqualTo("KR");
        assertThat(updated.getList("data.updatePerson.otherNames.name")).containsExactly("윤석열");

        JsonPath cleared = GraphQL.ok(update, "id", created.getString("data.createPerson.id"), "v",
                updated.getInt("data.updatePerson.version"), "input", map("name", "Yoon Suk-yeol", "summary", null,
                        "otherNames", List.of()));
        assertThat(cleared.getString("data.updatePerson.summary")).isNull();
        assertThat(cleared.getList("data.updatePerson.otherNames")).isEmpty();
        assertThat(cleared.getString("data.updatePerson.givenName")).isEqualTo("Suk Yeol");
    }

    @Test
    void updatePositionShouldKeepWhatItIsNotGiven() {
        String person = Fixture.person("Position Holder", "JP");
        JsonPath created = GraphQL.ok("""
                mutation($p: ID!, $o: ID!, $s: ID!) { addPosition(input: {personId: $p, organizationId: $o,
                  title: "Director", start: {edtf: "2020"}, end: {edtf: "2022"}, sourceIds: [$s]}) { id version } }""",
                "p", person, "o", Fixture.mod, "s", Fixture.article);
        String update = """
                mutation($id: ID!, $v: Int!, $input: PositionInput!) { updatePosition(id: $id, expectedVersion: $v,
                  input: $input) { title version start { edtf } end { edtf } sources { id } } }""";
        JsonPath updated = GraphQL.ok(update, "id", created.getString("data.addPosition.id"), "v",
                created.getInt("data.addPosition.version"), "input", map("personId", person,
                        "organizationId", Fixture.mod, "title", "Director General"));
        assertThat(updated.getString("data.updatePosition.title")).isEqualTo("Director General");
        assertThat(updated.getString("data.updatePosition.start.edtf")).isEqualTo("2020");
        assertThat(updated.getString("data.updatePosition.end.edtf")).isEqualTo("2022");
        assertThat(updated.getList("data.updatePosition.sources.id")).containsExactly(Fixture.article);

        JsonPath cleared = GraphQL.ok(update, "id", created.getString("data.addPosition.id"), "v",
                updated.getInt("data.updatePosition.version"), "input", map("personId", person,
                        "organizationId", Fixture.mod, "title", "Director General", "end", null));
        assertThat(cleared.getString("data.updatePosition.end")).isNull();
        assertThat(cleared.getString("data.updatePosition.start.edtf")).isEqualTo("2020");
    }

    @Test
    void updateOrganizationShouldKeepWhatItIsNotGiven() {
        JsonPath created = GraphQL.ok("""
                mutation($s: ID!) { createOrganization(input: {name: "Embassy of Japan in Seoul", acronym: "EoJ",
                  kind: DIPLOMATIC_MISSION, countryCode: "JP", sourceIds: [$s], note: "named as the embassy",
                  summary: "mission"}) { id version } }""", "s", Fixture.article);
        String update = """
                mutation($id: ID!, $v: Int!, $input: OrganizationInput!) { updateOrganization(id: $id,
                  expectedVersion: $v, input: $input) { name acronym summary note version country { code }
                  sources { id } } }""";
        JsonPath updated = GraphQL.ok(update, "id", created.getString("data.createOrganization.id"), "v",
                created.getInt("data.createOrganization.version"), "input", map("name", "Embassy of Japan",
                        "kind", "DIPLOMATIC_MISSION"));
        assertThat(updated.getString("data.updateOrganization.name")).isEqualTo("Embassy of Japan");
        assertThat(updated.getString("data.updateOrganization.acronym")).isEqualTo("EoJ");
        assertThat(updated.getString("data.updateOrganization.note")).isEqualTo("named as the embassy");
        assertThat(updated.getString("data.updateOrganization.country.code")).isEqualTo("JP");
        assertThat(updated.getList("data.updateOrganization.sources.id")).containsExactly(Fixture.article);

        JsonPath cleared = GraphQL.ok(update, "id", created.getString("data.createOrganization.id"), "v",
                updated.getInt("data.updateOrganization.version"), "input", map("name", "Embassy of Japan",
                        "kind", "DIPLOMATIC_MISSION", "acronym", null, "sourceIds", List.of()));
        assertThat(cleared.getString("data.updateOrganization.acronym")).isNull();
        assertThat(cleared.getList("data.updateOrganization.sources")).isEmpty();
        assertThat(cleared.getString("data.updateOrganization.summary")).isEqualTo("mission");
    }

    @Test
    void updateSeriesShouldKeepWhatItIsNotGiven() {
        GraphQL.ok("""
                mutation { createSeries(input: {slug: "six-party-talks", name: "Six-Party Talks", acronym: "6PT",
                  description: "on the North Korean nuclear programme"}) { slug } }""");
        String update = """
                mutation($v: Int!, $input: SeriesInput!) { updateSeries(slug: "six-party-talks", expectedVersion: $v,
                  input: $input) { name acronym description version } }""";
        JsonPath updated = GraphQL.ok(update, "v", 0, "input", map("slug", "six-party-talks",
                "name", "Six-party talks"));
        assertThat(updated.getString("data.updateSeries.acronym")).isEqualTo("6PT");
        assertThat(updated.getString("data.updateSeries.description")).isEqualTo("on the North Korean nuclear programme");
        JsonPath cleared = GraphQL.ok(update, "v", updated.getInt("data.updateSeries.version"), "input",
                map("slug", "six-party-talks", "name", "Six-party talks", "acronym", null));
        assertThat(cleared.getString("data.updateSeries.acronym")).isNull();
        assertThat(cleared.getString("data.updateSeries.description")).isNotNull();
    }

    @Test
    void updateSourceShouldKeepWhatItIsNotGiven() {
        String id = Fixture.source("Update semantics source", "Yonhap", "2024-09-10", "https://example.org/a");
        String update = """
                mutation($id: ID!, $v: Int!, $input: SourceInput!) { updateSource(id: $id, expectedVersion: $v,
                  input: $input) { title publisher publishedOn url version } }""";
        JsonPath updated = GraphQL.ok(update, "id", id, "v", 0, "input", map("title", "Update semantics source, 2"));
        assertThat(updated.getString("data.updateSource.publisher")).isEqualTo("Yonhap");
        assertThat(updated.getString("data.updateSource.publishedOn")).isEqualTo("2024-09-10");
        assertThat(updated.getString("data.updateSource.url")).isEqualTo("https://example.org/a");
        JsonPath cleared = GraphQL.ok(update, "id", id, "v", updated.getInt("data.updateSource.version"), "input",
                map("title", "Update semantics source, 2", "url", null));
        assertThat(cleared.getString("data.updateSource.url")).isNull();
        assertThat(cleared.getString("data.updateSource.publisher")).isEqualTo("Yonhap");
    }

    @Test
    void updateParticipantShouldKeepWhatItIsNotGiven() {
        String meeting = SecondRoundTest.meeting(map("title", "Participant update talks", "kind", "TALKS",
                "date", map("edtf", "2021-02-03")));
        String person = Fixture.person("Participant Person", "KR");
        JsonPath added = GraphQL.ok("""
                mutation($m: ID!, $p: ID!, $s: ID!) { addParticipant(meetingId: $m, input: {personId: $p,
                  role: DELEGATE, delegationCountryCode: "KR", titleAsReported: "deputy minister", sourceIds: [$s],
                  basis: INFERRED, note: "from the photo"}) { id version } }""",
                "m", meeting, "p", person, "s", Fixture.article);
        String update = """
                mutation($id: ID!, $v: Int!, $input: ParticipantInput!) { updateParticipant(id: $id,
                  expectedVersion: $v, input: $input) { role titleAsReported basis note version delegation { code }
                  sources { id } } }""";
        String id = added.getString("data.addParticipant.id");
        JsonPath updated = GraphQL.ok(update, "id", id, "v", added.getInt("data.addParticipant.version"), "input",
                map("personId", person, "role", "HEAD_OF_DELEGATION"));
        assertThat(updated.getString("data.updateParticipant.role")).isEqualTo("HEAD_OF_DELEGATION");
        assertThat(updated.getString("data.updateParticipant.titleAsReported")).isEqualTo("deputy minister");
        assertThat(updated.getString("data.updateParticipant.delegation.code")).isEqualTo("KR");
        assertThat(updated.getString("data.updateParticipant.basis")).isEqualTo("INFERRED");
        assertThat(updated.getString("data.updateParticipant.note")).isEqualTo("from the photo");
        assertThat(updated.getList("data.updateParticipant.sources.id")).containsExactly(Fixture.article);

        JsonPath reported = GraphQL.ok(update, "id", id, "v", updated.getInt("data.updateParticipant.version"),
                "input", map("personId", person, "role", "HEAD_OF_DELEGATION", "basis", "REPORTED", "note", null));
        assertThat(reported.getString("data.updateParticipant.basis")).isEqualTo("REPORTED");
        assertThat(reported.getString("data.updateParticipant.note")).isNull();
        assertThat(GraphQL.codes(GraphQL.post(update, "id", id, "v", updated.getInt("data.updateParticipant.version"),
                "input", map("personId", person, "role", "DELEGATE")))).containsExactly("CONFLICT");
    }

    @Test
    void updateMentionShouldKeepWhatItIsNotGiven() {
        String meeting = SecondRoundTest.meeting(map("title", "Mention update talks", "kind", "TALKS",
                "date", map("edtf", "2021-03-04")));
        JsonPath added = GraphQL.ok("""
                mutation($m: ID!, $p: ID!, $by: ID!, $s: ID!) { addMention(meetingId: $m, input: {personId: $p,
                  context: "credited the summit", mentionedById: $by, sourceId: $s}) { id version } }""",
                "m", meeting, "p", Fixture.heo, "by", Fixture.cho, "s", Fixture.article);
        String update = """
                mutation($id: ID!, $v: Int!, $input: MentionInput!) { updateMention(id: $id, expectedVersion: $v,
                  input: $input) { context basis note version mentionedBy { name } source { id } } }""";
        JsonPath updated = GraphQL.ok(update, "id", added.getString("data.addMention.id"), "v",
                added.getInt("data.addMention.version"), "input", map("personId", Fixture.heo,
                        "basis", "INFERRED", "note", "named by title"));
        assertThat(updated.getString("data.updateMention.context")).isEqualTo("credited the summit");
        assertThat(updated.getString("data.updateMention.mentionedBy.name")).isEqualTo("Cho Chang-rae");
        assertThat(updated.getString("data.updateMention.source.id")).isEqualTo(Fixture.article);
        assertThat(updated.getString("data.updateMention.basis")).isEqualTo("INFERRED");
        JsonPath cleared = GraphQL.ok(update, "id", added.getString("data.addMention.id"), "v",
                updated.getInt("data.updateMention.version"), "input", map("personId", Fixture.heo,
                        "mentionedById", null));
        assertThat(cleared.getString("data.updateMention.mentionedBy")).isNull();
        assertThat(cleared.getString("data.updateMention.note")).isEqualTo("named by title");
    }

    @Test
    void updateStatementShouldKeepWhatItIsNotGiven() {
        String meeting = SecondRoundTest.meeting(map("title", "Statement update talks", "kind", "TALKS",
                "date", map("edtf", "2021-04-05")));
        JsonPath added = GraphQL.ok(SecondRoundTest.ADD_STATEMENT, "m", meeting, "input", map("speakerIds",
                List.of(Fixture.ratner, Fixture.cho), "kind", "DOCUMENT", "text", "joint words",
                "sourceId", Fixture.pressRelease, "basis", "INFERRED", "note", "signed by both"));
        String update = """
                mutation($id: ID!, $v: Int!, $input: StatementInput!) { updateStatement(id: $id, expectedVersion: $v,
                  input: $input) { text basis note attribution version speakers { name } source { id } } }""";
        String id = added.getString("data.addStatement.id");
        JsonPath updated = GraphQL.ok(update, "id", id, "v", added.getInt("data.addStatement.version"), "input",
                map("kind", "DOCUMENT", "text", "joint words, corrected"));
        assertThat(updated.getList("data.updateStatement.speakers.name")).containsExactly("Ely Ratner", "Cho Chang-rae");
        assertThat(updated.getString("data.updateStatement.source.id")).isEqualTo(Fixture.pressRelease);
        assertThat(updated.getString("data.updateStatement.basis")).isEqualTo("INFERRED");
        assertThat(updated.getString("data.updateStatement.note")).isEqualTo("signed by both");

        JsonPath unattributed = GraphQL.ok(update, "id", id, "v", updated.getInt("data.updateStatement.version"),
                "input", map("kind", "DOCUMENT", "text", "joint words, corrected", "speakerIds", List.of(),
                        "attribution", "the two delegations"));
        assertThat(unattributed.getList("data.updateStatement.speakers")).isEmpty();
        assertThat(unattributed.getString("data.updateStatement.attribution")).isEqualTo("the two delegations");
        assertThat(unattributed.getString("data.updateStatement.source.id")).isEqualTo(Fixture.pressRelease);
    }

    @Test
    void updateDateReportShouldKeepWhatItIsNotGiven() {
        String meeting = SecondRoundTest.meeting(map("title", "Date report update talks", "kind", "TALKS",
                "date", map("edtf", "2021-05-06")));
        JsonPath added = GraphQL.ok("""
                mutation($m: ID!, $s: ID!) { addDateReport(meetingId: $m, input: {date: {edtf: "2021-22",
                  note: "summer"}, sourceId: $s, quote: "this summer"}) { id version } }""",
                "m", meeting, "s", Fixture.article);
        String update = """
                mutation($id: ID!, $v: Int!, $input: DateReportInput!) { updateDateReport(id: $id, expectedVersion: $v,
                  input: $input) { quote version date { edtf note } } }""";
        JsonPath updated = GraphQL.ok(update, "id", added.getString("data.addDateReport.id"), "v",
                added.getInt("data.addDateReport.version"), "input", map("date", map("edtf", "2021-05"),
                        "sourceId", Fixture.article));
        assertThat(updated.getString("data.updateDateReport.quote")).isEqualTo("this summer");
        assertThat(updated.getString("data.updateDateReport.date.edtf")).isEqualTo("2021-05");
        assertThat(updated.getString("data.updateDateReport.date.note")).isEqualTo("summer");
        JsonPath cleared = GraphQL.ok(update, "id", added.getString("data.addDateReport.id"), "v",
                updated.getInt("data.updateDateReport.version"), "input", map("date", map("edtf", "2021-05"),
                        "sourceId", Fixture.article, "quote", null));
        assertThat(cleared.getString("data.updateDateReport.quote")).isNull();
    }
}
