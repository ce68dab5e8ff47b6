package io.summitry.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A query costs one downstream call per service per level, whatever the page size; a batched field asked with
 * different arguments at one level costs one call per distinct set of arguments, and each alias gets its own answer.
 */
@QuarkusTest
class BatchingTest {

    static final String FOUR_LEVELS = """
            query($n: Int) { meetings(first: $n) { edges { node { title
              participants { role person { name } position { title organization { name } } } } } } }""";

    @BeforeEach
    void loadFixture() {
        Fixture.load();
    }

    @Test
    void shouldMakeOneCallPerServiceAndLevelFor20MeetingsWithParticipantsPeoplePostsAndOrganizations() {
        JsonPath answer = GraphQL.ok(FOUR_LEVELS, "n", 20);
        assertThat(answer.getList("data.meetings.edges")).hasSize(20);
        assertThat(answer.getList("data.meetings.edges.node.participants.person.name").toString())
                .contains("Ely Ratner");
        // meetings: the page, then participants/by-meetings; people: people/by-ids and positions/at (one level, in
        // parallel), then organizations/by-ids
        assertThat(GraphQL.calls(answer)).isEqualTo(Map.of("meetings-service", 2, "people-service", 3));
    }

    @Test
    void shouldNotMakeMoreCallsWhenThePageSizeDoubles() {
        Map<String, Integer> ten = GraphQL.calls(GraphQL.ok(FOUR_LEVELS, "n", 10));
        Map<String, Integer> twenty = GraphQL.calls(GraphQL.ok(FOUR_LEVELS, "n", 20));
        assertThat(ten).isNotEmpty().isEqualTo(twenty);
    }

    @Test
    void shouldMakeNoCallForAJoinWithNothingToJoin() {
        JsonPath answer = GraphQL.ok("""
                query($id: ID!) { meeting(id: $id) { host { name } partOf { title } } }""", "id", Fixture.bulk.get(0));
        assertThat(answer.getString("data.meeting.host")).isNull();
        assertThat(GraphQL.calls(answer)).isEqualTo(Map.of("meetings-service", 1));
    }

    @Test
    void shouldExposeTheCallsAsAMetric() {
        GraphQL.ok(FOUR_LEVELS, "n", 5);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("summitry_downstream_calls_total{service=\"people-service\"}")
                .contains("summitry_downstream_calls_total{service=\"meetings-service\"}");
    }

    static final String POST = "Deputy Minister for National Defense Policy";

    @Test
    void shouldAnswerEachDateOfPositionAtAskedAtOneLevel() {
        // Heo held the post from 2022-05 to 2023-12, Cho from 2024-01 on
        JsonPath answer = GraphQL.ok("""
                query($cho: ID!, $heo: ID!) {
                  cho: person(id: $cho) { then: positionAt(date: "2023-01-01") { title }
                    now: positionAt(date: "2024-06-01") { title } again: positionAt(date: "2023-01-01") { id } }
                  heo: person(id: $heo) { then: positionAt(date: "2023-01-01") { title }
                    now: positionAt(date: "2024-06-01") { title } } }""", "cho", Fixture.cho, "heo", Fixture.heo);
        assertThat(answer.getString("data.cho.then")).isNull();
        assertThat(answer.getString("data.cho.again")).isNull();
        assertThat(answer.getString("data.cho.now.title")).isEqualTo(POST);
        assertThat(answer.getString("data.heo.then.title")).isEqualTo(POST);
        assertThat(answer.getString("data.heo.now")).isNull();
        // the two people, then one positions/at per distinct date for both of them
        assertThat(GraphQL.calls(answer)).isEqualTo(Map.of("people-service", 2 + 2));
    }

    @Test
    void shouldAnswerEachFilterOfPersonMeetingsAskedAtOneLevel() {
        JsonPath answer = GraphQL.ok("""
                query($id: ID!, $talks: MeetingFilter) { person(id: $id) {
                  all: meetings(first: 1) { totalCount }
                  talks: meetings(first: 5, filter: $talks) { totalCount edges { node { title } } }
                  alsoAll: meetings(first: 1, orderBy: DATE_DESC) { totalCount } } }""",
                "id", Fixture.ratner, "talks", Map.of("kinds", java.util.List.of("TALKS")));
        assertThat(answer.getInt("data.person.all.totalCount")).isEqualTo(2 + Fixture.BULK_MEETINGS);
        assertThat(answer.getInt("data.person.alsoAll.totalCount")).isEqualTo(2 + Fixture.BULK_MEETINGS);
        assertThat(answer.getInt("data.person.talks.totalCount")).isEqualTo(2);
        assertThat(answer.getList("data.person.talks.edges.node.title", String.class))
                .containsExactly("16th Defense Trilateral Talks", "15th Defense Trilateral Talks");
        // the default orderBy written out is the same set of arguments: two distinct sets, two calls
        assertThat(GraphQL.calls(answer)).isEqualTo(Map.of("people-service", 1, "meetings-service", 2));
    }

    @Test
    void shouldAnswerEachDateOfOrganizationPositionsAndKeepLevelsApart() {
        JsonPath answer = GraphQL.ok("""
                query($id: ID!, $at: Date) { organization(id: $id) {
                  then: positions(at: "2023-01-01") { title person { name positionAt(date: "2023-01-01") { id } } }
                  now: positions(at: $at) { title person { name positionAt(date: "2024-06-01") { id } } } } }""",
                "id", Fixture.mndPolicyOffice, "at", "2024-06-01");
        assertThat(answer.getList("data.organization.then.person.name", String.class))
                .containsExactly("Heo Tae-keun");
        assertThat(answer.getList("data.organization.now.person.name", String.class))
                .containsExactly("Cho Chang-rae");
        assertThat(answer.getString("data.organization.then[0].person.positionAt.id")).isEqualTo(Fixture.heosPost);
        assertThat(answer.getString("data.organization.now[0].person.positionAt.id")).isEqualTo(Fixture.chosPost);
        // organization; positions by organization x 2 dates; people by ids (one set: no arguments); positions/at x 2
        assertThat(GraphQL.calls(answer)).isEqualTo(Map.of("people-service", 1 + 2 + 1 + 2));
    }
}
