package io.summitry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitry.stack.App;

/** With one service down the gateway still answers what the other can, with one error per failed call. */
@QuarkusTest
class PartialResultTest {

    @BeforeEach
    void loadFixture() {
        Fixture.load();
    }

    @Test
    void shouldAnswerMeetingsWithNullPeopleWhilePeopleServiceIsDown() {
        GraphQL.ok("{ countries { code } }");
        GatewayStackResource.stack().stop(App.PEOPLE);
        try {
            JsonPath answer = GraphQL.post("""
                    { meetings(filter: {seriesSlug: "defense-trilateral-talks"}) { edges { node { title
                      host { name } countries { code }
                      participants { role person { name } position { title } } } } } }""");
            assertThat(answer.getList("data.meetings.edges.node.title"))
                    .containsExactlyInAnyOrder("15th Defense Trilateral Talks", "16th Defense Trilateral Talks");
            assertThat(answer.getList("data.meetings.edges.node.host")).containsOnlyNulls();
            assertThat(answer.getList("data.meetings.edges[0].node.participants.role")).hasSize(3);
            assertThat(answer.getList("data.meetings.edges[0].node.participants.person")).containsOnlyNulls();
            assertThat(answer.getList("data.meetings.edges[0].node.participants.position")).containsOnlyNulls();
            // three failed calls (organizations, people, posts): one error each, with the path of its first field
            assertThat(GraphQL.codes(answer)).containsExactly("UPSTREAM_UNAVAILABLE", "UPSTREAM_UNAVAILABLE",
                    "UPSTREAM_UNAVAILABLE");
            assertThat(answer.getList("errors.extensions.service")).containsOnly("people-service");
            List<List<Object>> paths = answer.getList("errors.path");
            assertThat(paths).extracting(path -> path.get(path.size() - 1))
                    .containsExactlyInAnyOrder("host", "person", "position");
            assertThat(answer.prettify()).doesNotContain("Exception").doesNotContain("java.");
        } finally {
            GatewayStackResource.stack().restart(App.PEOPLE);
        }
        JsonPath again = GraphQL.ok("query($id: ID!) { meeting(id: $id) { host { acronym } } }", "id", Fixture.dtt16);
        assertThat(again.getString("data.meeting.host.acronym")).isEqualTo("MND");
    }

    @Test
    void shouldAnswerPeopleWithNullMeetingsWhileMeetingsServiceIsDown() {
        GatewayStackResource.stack().stop(App.MEETINGS);
        try {
            JsonPath answer = GraphQL.post("""
                    query($id: ID!) { person(id: $id) { name positions { title sources { id } }
                      meetings { totalCount } statements { text } } }""", "id", Fixture.ratner);
            assertThat(answer.getString("data.person.name")).isEqualTo("Ely Ratner");
            assertThat(answer.getList("data.person.positions.title")).isNotEmpty();
            assertThat(answer.getString("data.person.meetings")).isNull();
            assertThat(answer.getString("data.person.statements")).isNull();
            assertThat(GraphQL.codes(answer)).containsExactly("UPSTREAM_UNAVAILABLE", "UPSTREAM_UNAVAILABLE");
            assertThat(answer.getList("errors.extensions.service")).containsOnly("meetings-service");

            JsonPath list = GraphQL.post("{ meetings { totalCount } }");
            assertThat(list.getMap("data")).isNull();
            assertThat(GraphQL.codes(list)).containsExactly("UPSTREAM_UNAVAILABLE");
            assertThat(GraphQL.calls(list)).isEqualTo(Map.of("meetings-service", 2));
        } finally {
            GatewayStackResource.stack().restart(App.MEETINGS);
        }
        GraphQL.ok("{ meetings(first: 1) { totalCount } }");
    }
}
