package io.summitry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * What real meetings needed beyond the first dataset, through the gateway on the real services: joint and
 * unattributed statements, facts marked as inferred, where a meeting was held, text in any script, approximate and
 * one-of dates, country codes as references, statement search, and the corrections editors make.
 */
@QuarkusTest
class SecondRoundTest {

    static final String ADD_STATEMENT = """
            mutation($m: ID!, $input: StatementInput!) { addStatement(meetingId: $m, input: $input) {
              id kind text attribution basis note version speaker { name } speakers { name } } }""";
    static final String MEETINGS = """
            query($f: MeetingFilter) { meetings(filter: $f, first: 50) { totalCount edges { node { id title } } } }""";

    @BeforeEach
    void loadFixture() {
        Fixture.load();
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static String meeting(Map<String, Object> input) {
        input.putIfAbsent("kind", "SUMMIT");
        input.putIfAbsent("status", "HELD");
        return GraphQL.ok("mutation($input: MeetingInput!) { createMeeting(input: $input) { id } }", "input", input)
                .getString("data.createMeeting.id");
    }

    static List<String> titles(JsonPath answer) {
        return answer.getList("data.meetings.edges.node.title", String.class);
    }

    @Test
    void shouldKeepAJointDeclarationWithAllItsSignatoriesInTheSourcesOrder() {
        String moon = Fixture.person("Moon Jae-in", "KR");
        String kim = Fixture.person("Kim Jong Un", "KP");
        String summit = meeting(map("title", "Inter-Korean summit, April 2018", "date", map("edtf", "2018-04-27"),
                "countryCodes", List.of("KR", "KP")));

        JsonPath added = GraphQL.ok(ADD_STATEMENT, "m", summit, "input", map("speakerIds", List.of(moon, kim),
                "kind", "DOCUMENT", "text", "Panmunjom Declaration for Peace, Prosperity and Unification",
                "sourceId", Fixture.article));

        assertThat(added.getList("data.addStatement.speakers.name")).containsExactly("Moon Jae-in", "Kim Jong Un");
        assertThat(added.getString("data.addStatement.speaker.name")).isEqualTo("Moon Jae-in");
        assertThat(added.getString("data.addStatement.kind")).isEqualTo("DOCUMENT");
        assertThat(added.getString("data.addStatement.basis")).isEqualTo("REPORTED");
        // Each signatory's statements include the joint one.
        JsonPath kims = GraphQL.ok("query($id: ID!) { person(id: $id) { statements { text speakers { name } } } }",
                "id", kim);
        assertThat(kims.getList("data.person.statements.text"))
                .containsExactly("Panmunjom Declaration for Peace, Prosperity and Unification");
    }

    @Test
    void shouldKeepAnUnattributedStatementWithHowTheSourceNamesTheSpeaker() {
        String briefing = meeting(map("title", "Background briefing on trilateral cooperation", "kind", "OTHER",
                "date", map("edtf", "2024-09-13")));

        JsonPath added = GraphQL.ok(ADD_STATEMENT, "m", briefing, "input", map("speakerIds", List.of(),
                "attribution", "a senior US administration official", "kind", "PARAPHRASE",
                "text", "the three countries would keep meeting at working level"));
        assertThat(added.getString("data.addStatement.speaker")).isNull();
        assertThat(added.getList("data.addStatement.speakers")).isEmpty();
        assertThat(added.getString("data.addStatement.attribution")).isEqualTo("a senior US administration official");

        JsonPath nobody = GraphQL.post(ADD_STATEMENT, "m", briefing, "input", map("kind", "QUOTE", "text", "words"));
        assertThat(GraphQL.codes(nobody)).containsExactly("BAD_USER_INPUT");
        assertThat(nobody.getString("errors[0].message")).contains("attribution");
    }

    @Test
    void shouldMarkAnInferredFactAndSayFromWhat() {
        String seminar = meeting(map("title", "Seminar on alliance management", "kind", "SEMINAR",
                "date", map("edtf", "2024-10-01")));
        String speaker = Fixture.person("Inferred Speaker", "US");
        JsonPath participant = GraphQL.ok("""
                mutation($m: ID!, $p: ID!) { addParticipant(meetingId: $m, input: {personId: $p, role: SPEAKER,
                  basis: INFERRED, note: "the article quotes him at the seminar"}) { basis note version } }""",
                "m", seminar, "p", speaker);
        assertThat(participant.getString("data.addParticipant.basis")).isEqualTo("INFERRED");
        assertThat(participant.getString("data.addParticipant.note")).isEqualTo("the article quotes him at the seminar");

        JsonPath mention = GraphQL.ok("""
                mutation($m: ID!, $p: ID!) { addMention(meetingId: $m, input: {personId: $p,
                  context: "credited", basis: INFERRED, note: "named by title only"}) { basis note } }""",
                "m", seminar, "p", Fixture.heo);
        assertThat(mention.getString("data.addMention.basis")).isEqualTo("INFERRED");
        assertThat(mention.getString("data.addMention.note")).isEqualTo("named by title only");

        // What was stored before facts had a basis reads as reported.
        JsonPath fixture = GraphQL.ok("query($id: ID!) { meeting(id: $id) { participants { basis } mentions { basis }"
                + " statements { basis } } }", "id", Fixture.dtt16);
        assertThat(fixture.getList("data.meeting.participants.basis")).containsOnly("REPORTED");
        assertThat(fixture.getList("data.meeting.mentions.basis")).containsOnly("REPORTED");
    }

    @Test
    void shouldFindAMeetingByWhereItWasHeldApartFromWhoTookPart() {
        meeting(map("title", "Talks at Tongilgak", "kind", "TALKS", "date", map("edtf", "2018-05-26"),
                "countryCodes", List.of("KR", "US"),
                "location", map("venue", "Tongilgak (통일각)", "city", "Panmunjom", "countryCode", "KP"),
                "outcomes", List.of("Singapore summit to go ahead")));

        assertThat(titles(GraphQL.ok(MEETINGS, "f", map("locationCountryCodes", List.of("KP")))))
                .containsExactly("Talks at Tongilgak");
        assertThat(titles(GraphQL.ok(MEETINGS, "f", map("countryCodes", List.of("KP")))))
                .doesNotContain("Talks at Tongilgak");
        assertThat(titles(GraphQL.ok(MEETINGS, "f", map("text", "tongilgak")))).containsExactly("Talks at Tongilgak");
        assertThat(titles(GraphQL.ok(MEETINGS, "f", map("text", "통일각")))).containsExactly("Talks at Tongilgak");
        assertThat(titles(GraphQL.ok(MEETINGS, "f", map("text", "panmunjom")))).contains("Talks at Tongilgak");
        assertThat(titles(GraphQL.ok(MEETINGS, "f", map("text", "singapore summit"))))
                .containsExactly("Talks at Tongilgak");
    }

    @Test
    void shouldIgnoreAccentsAndCaseInText() {
        meeting(map("title", "Réunion trilatérale à Genève", "kind", "TALKS", "date", map("edtf", "2019-06-03")));
        assertThat(titles(GraphQL.ok(MEETINGS, "f", map("text", "GENEVE trilaterale"))))
                .containsExactly("Réunion trilatérale à Genève");
    }

    @Test
    void shouldFindAnApproximateDateOneUnitAroundIt() {
        meeting(map("title", "Six-party talks, about March 2007", "kind", "TALKS", "date", map("edtf", "2007-03~")));
        meeting(map("title", "Six-party talks, March 2007", "kind", "TALKS", "date", map("edtf", "2007-03")));

        JsonPath april = GraphQL.ok(MEETINGS, "f", map("from", "2007-04-01", "to", "2007-04-30"));
        assertThat(titles(april)).containsExactly("Six-party talks, about March 2007");
        JsonPath date = GraphQL.ok("""
                { meetings(filter: {from: "2007-04-01", to: "2007-04-30"}) { edges { node {
                  date { earliest latest searchFrom searchTo text } } } } }""");
        assertThat(date.getString("data.meetings.edges[0].node.date.earliest")).isEqualTo("2007-03-01");
        assertThat(date.getString("data.meetings.edges[0].node.date.searchFrom")).isEqualTo("2007-02-01");
        assertThat(date.getString("data.meetings.edges[0].node.date.searchTo")).isEqualTo("2007-04-30");
    }

    @Test
    void shouldTakeAOneOfSetAsSomeDayWithinItsBounds() {
        String id = meeting(map("title", "Seoul meeting, first half of 2025", "kind", "TALKS",
                "date", map("edtf", "[2025-01-01..2025-06-30]", "note", "the article: in the first half of 2025")));
        JsonPath read = GraphQL.ok("query($id: ID!) { meeting(id: $id) { date { precision text earliest latest } } }",
                "id", id);
        assertThat(read.getString("data.meeting.date.precision")).isEqualTo("WITHIN");
        assertThat(read.getString("data.meeting.date.text")).isEqualTo("some day between January and June 2025");
        assertThat(read.getString("data.meeting.date.latest")).isEqualTo("2025-06-30");

        JsonPath report = GraphQL.ok("""
                mutation($m: ID!, $s: ID!) { addDateReport(meetingId: $m, input: {date: {edtf:
                  "[2025-01-10,2025-01-12]"}, sourceId: $s, quote: "Friday or Sunday"}) { date { text } } }""",
                "m", id, "s", Fixture.article);
        assertThat(report.getString("data.addDateReport.date.text")).isEqualTo("10 or 12 January 2025");
    }

    @Test
    void shouldRefuseACountryCodeThatIsNoCountryInEveryInput() {
        JsonPath meeting = GraphQL.post("mutation($input: MeetingInput!) { createMeeting(input: $input) { id } }",
                "input", map("title", "Nowhere", "kind", "TALKS", "status", "HELD", "date", map("edtf", "2025"),
                        "countryCodes", List.of("KR", "ZZ")));
        assertThat(GraphQL.codes(meeting)).containsExactly("BAD_USER_INPUT");
        assertThat(meeting.getString("errors[0].message")).contains("ZZ").contains("countryCodes");

        JsonPath location = GraphQL.post("mutation($input: MeetingInput!) { createMeeting(input: $input) { id } }",
                "input", map("title", "Nowhere", "kind", "TALKS", "status", "HELD", "date", map("edtf", "2025"),
                        "location", map("countryCode", "ZZ")));
        assertThat(GraphQL.codes(location)).containsExactly("BAD_USER_INPUT");
        assertThat(location.getString("errors[0].message")).contains("ZZ");

        JsonPath delegation = GraphQL.post("""
                mutation($m: ID!, $p: ID!) { addParticipant(meetingId: $m, input: {personId: $p, role: DELEGATE,
                  delegationCountryCode: "ZZ"}) { id } }""", "m", Fixture.dtt15, "p", Fixture.cho);
        assertThat(GraphQL.codes(delegation)).containsExactly("BAD_USER_INPUT");
        assertThat(delegation.getString("errors[0].message")).contains("ZZ");

        JsonPath organization = GraphQL.post("""
                mutation { createOrganization(input: {name: "Nowhere office", kind: OTHER, countryCode: "ZZ"}) { id } }""");
        assertThat(GraphQL.codes(organization)).containsExactly("BAD_USER_INPUT");
        assertThat(organization.getString("errors[0].message")).contains("ZZ");

        JsonPath person = GraphQL.post("mutation { createPerson(input: {name: \"Nobody\", nationality: \"ZZ\"}) { id } }");
        assertThat(GraphQL.codes(person)).containsExactly("BAD_USER_INPUT");
        assertThat(person.getString("errors[0].message")).contains("ZZ");
        assertThat(GraphQL.ok("{ people(filter: {text: \"Nobody\"}) { totalCount } }")
                .getInt("data.people.totalCount")).isZero();
    }

    @Test
    void shouldSearchWhatWasSaidMostRelevantFirstThenNewestMeeting() {
        String speaker = Fixture.person("Search Speaker", "US");
        String older = meeting(map("title", "Search talks 2019", "kind", "TALKS", "date", map("edtf", "2019-05-01")));
        String newer = meeting(map("title", "Search talks 2020", "kind", "TALKS", "date", map("edtf", "2020-05-01")));
        GraphQL.ok(ADD_STATEMENT, "m", older, "input", map("speakerId", speaker, "kind", "QUOTE",
                "text", "Missile defense cooperation must deepen"));
        GraphQL.ok(ADD_STATEMENT, "m", newer, "input", map("speakerId", speaker, "kind", "QUOTE",
                "text", "The defense of missile sites is a national matter"));
        GraphQL.ok(ADD_STATEMENT, "m", newer, "input", map("speakerId", speaker, "kind", "PARAPHRASE",
                "text", "He said missile défense remained the core of the talks"));
        GraphQL.ok(ADD_STATEMENT, "m", newer, "input", map("speakerId", speaker, "kind", "QUOTE",
                "text", "Nothing about that subject"));

        String search = """
                query($f: StatementFilter, $after: String) { statements(filter: $f, first: 2, after: $after) {
                  totalCount pageInfo { hasNextPage endCursor } edges { node { text meeting { title } } } } }""";
        Map<String, Object> filter = map("text", "missile defense", "meetingIds", List.of(older, newer));
        JsonPath first = GraphQL.ok(search, "f", filter);
        assertThat(first.getInt("data.statements.totalCount")).isEqualTo(3);
        assertThat(first.getList("data.statements.edges.node.text")).containsExactly(
                "He said missile défense remained the core of the talks", "Missile defense cooperation must deepen");
        assertThat(first.getBoolean("data.statements.pageInfo.hasNextPage")).isTrue();
        JsonPath second = GraphQL.ok(search, "f", filter, "after",
                first.getString("data.statements.pageInfo.endCursor"));
        assertThat(second.getList("data.statements.edges.node.text"))
                .containsExactly("The defense of missile sites is a national matter");
        assertThat(second.getBoolean("data.statements.pageInfo.hasNextPage")).isFalse();

        JsonPath bySpeaker = GraphQL.ok("""
                query($f: StatementFilter) { statements(filter: $f) { totalCount edges { node { text } } } }""",
                "f", map("speakerIds", List.of(speaker), "kinds", List.of("PARAPHRASE")));
        assertThat(bySpeaker.getList("data.statements.edges.node.text"))
                .containsExactly("He said missile défense remained the core of the talks");
        JsonPath byDate = GraphQL.ok("""
                query($f: StatementFilter) { statements(filter: $f) { totalCount } }""",
                "f", map("speakerIds", List.of(speaker), "from", "2019-01-01", "to", "2019-12-31"));
        assertThat(byDate.getInt("data.statements.totalCount")).isEqualTo(1);
    }

    @Test
    void shouldKeepTheSourcesAndNoteOfAnOrganizationNoArticleNames() {
        JsonPath created = GraphQL.ok("""
                mutation($s: ID!) { createOrganization(input: {name: "Prime Minister's Office", kind:
                  HEAD_OF_GOVERNMENT_OFFICE, countryCode: "JP", sourceIds: [$s],
                  note: "not named by the articles; the prime minister's office of Japan"}) {
                  kind note sources { title } } }""", "s", Fixture.article);
        assertThat(created.getString("data.createOrganization.kind")).isEqualTo("HEAD_OF_GOVERNMENT_OFFICE");
        assertThat(created.getString("data.createOrganization.note")).startsWith("not named by the articles");
        assertThat(created.getList("data.createOrganization.sources.title"))
                .containsExactly("S. Korea, US, Japan hold defense talks");

        JsonPath unknownSource = GraphQL.post("""
                mutation($s: ID!) { createOrganization(input: {name: "Party", kind: POLITICAL_PARTY,
                  sourceIds: [$s]}) { id } }""", "s", MutationTest.unknown("Source"));
        assertThat(GraphQL.codes(unknownSource)).containsExactly("BAD_USER_INPUT");
    }

    @Test
    void shouldCorrectAndRemoveStatementsMentionsAndDateReportsUnderTheirVersion() {
        String talks = meeting(map("title", "Corrections talks", "kind", "TALKS", "date", map("edtf", "2023-03-01")));
        JsonPath statement = GraphQL.ok(ADD_STATEMENT, "m", talks, "input", map("speakerId", Fixture.ratner,
                "kind", "QUOTE", "text", "first wording"));
        String statementId = statement.getString("data.addStatement.id");
        int version = statement.getInt("data.addStatement.version");
        String update = """
                mutation($id: ID!, $v: Int!, $input: StatementInput!) { updateStatement(id: $id, expectedVersion: $v,
                  input: $input) { text version speakers { name } basis note } }""";
        JsonPath updated = GraphQL.ok(update, "id", statementId, "v", version, "input", map("kind", "QUOTE",
                "text", "corrected wording", "basis", "INFERRED", "note", "attributed from the photo caption"));
        assertThat(updated.getString("data.updateStatement.text")).isEqualTo("corrected wording");
        assertThat(updated.getList("data.updateStatement.speakers.name")).containsExactly("Ely Ratner");
        assertThat(GraphQL.codes(GraphQL.post(update, "id", statementId, "v", version, "input",
                map("kind", "QUOTE", "text", "stale")))).containsExactly("CONFLICT");
        String remove = "mutation($id: ID!, $v: Int!) { removeStatement(id: $id, expectedVersion: $v) }";
        assertThat(GraphQL.codes(GraphQL.post(remove, "id", statementId, "v", version))).containsExactly("CONFLICT");
        GraphQL.ok(remove, "id", statementId, "v", updated.getInt("data.updateStatement.version"));

        JsonPath mention = GraphQL.ok("""
                mutation($m: ID!, $p: ID!) { addMention(meetingId: $m, input: {personId: $p, context: "named"}) {
                  id version } }""", "m", talks, "p", Fixture.heo);
        JsonPath mentionUpdated = GraphQL.ok("""
                mutation($id: ID!, $v: Int!, $p: ID!) { updateMention(id: $id, expectedVersion: $v, input: {personId: $p,
                  context: "credited"}) { context version person { name } } }""",
                "id", mention.getString("data.addMention.id"), "v", mention.getInt("data.addMention.version"),
                "p", Fixture.cho);
        assertThat(mentionUpdated.getString("data.updateMention.person.name")).isEqualTo("Cho Chang-rae");
        GraphQL.ok("mutation($id: ID!, $v: Int!) { removeMention(id: $id, expectedVersion: $v) }",
                "id", mention.getString("data.addMention.id"), "v", mentionUpdated.getInt("data.updateMention.version"));

        JsonPath report = GraphQL.ok("""
                mutation($m: ID!, $s: ID!) { addDateReport(meetingId: $m, input: {date: {edtf: "2023"}, sourceId: $s,
                  quote: "this year"}) { id version } }""", "m", talks, "s", Fixture.article);
        JsonPath reportUpdated = GraphQL.ok("""
                mutation($id: ID!, $v: Int!, $s: ID!) { updateDateReport(id: $id, expectedVersion: $v, input: {
                  date: {edtf: "2023-03-01"}, sourceId: $s}) { quote version date { precision } } }""",
                "id", report.getString("data.addDateReport.id"), "v", report.getInt("data.addDateReport.version"),
                "s", Fixture.article);
        assertThat(reportUpdated.getString("data.updateDateReport.date.precision")).isEqualTo("DAY");
        assertThat(reportUpdated.getString("data.updateDateReport.quote")).isEqualTo("this year");
        GraphQL.ok("mutation($id: ID!, $v: Int!) { removeDateReport(id: $id, expectedVersion: $v) }",
                "id", report.getString("data.addDateReport.id"), "v",
                reportUpdated.getInt("data.updateDateReport.version"));

        JsonPath left = GraphQL.ok("query($id: ID!) { meeting(id: $id) { statements { id } mentions { id }"
                + " dateReports { id } } }", "id", talks);
        assertThat(left.getList("data.meeting.statements")).isEmpty();
        assertThat(left.getList("data.meeting.mentions")).isEmpty();
        assertThat(left.getList("data.meeting.dateReports")).isEmpty();
    }
}
