package io.summitry.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A query costs one downstream call per service per level, whatever the page size. */
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
}
