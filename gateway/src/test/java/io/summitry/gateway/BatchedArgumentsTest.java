package io.summitry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A batched field asked twice at one level with different arguments is refused (the batch would answer both with the
 * first one's arguments); asked with the same arguments, however written, it runs.
 */
@QuarkusTest
class BatchedArgumentsTest {

    static final String TWO_PAGE_SIZES = """
            query($a: ID!, $b: ID!) {
              a: person(id: $a) { meetings(first: 1) { totalCount } }
              b: person(id: $b) { meetings(first: 5) { totalCount } } }""";

    static final String SAME_PAGE_SIZE = """
            query($a: ID!, $b: ID!, $n: Int) {
              a: person(id: $a) { meetings(first: $n) { edges { node { id } } } }
              b: person(id: $b) { ... on Person { meetings(first: 2) { edges { node { id } } } } } }""";

    @Test
    void shouldRefusePersonMeetingsWithTwoPageSizesAtOneLevel() {
        Fixture.load();
        JsonPath answer = GraphQL.post(TWO_PAGE_SIZES, "a", Fixture.ratner, "b", Fixture.cho);
        assertThat(GraphQL.codes(answer)).containsExactly("BAD_USER_INPUT");
        assertThat(answer.getString("errors[0].message")).contains("Person.meetings")
                .contains("one set of arguments per query level");
        assertThat(answer.getMap("data")).isNull();
    }

    @Test
    void shouldRefusePositionAtAndOrganizationPositionsWithTwoDates() {
        Fixture.load();
        JsonPath positionAt = GraphQL.post("""
                query($id: ID!) { person(id: $id) {
                  then: positionAt(date: "2023-01-01") { title } now: positionAt(date: "2024-06-01") { title } } }""",
                "id", Fixture.cho);
        assertThat(GraphQL.codes(positionAt)).containsExactly("BAD_USER_INPUT");
        assertThat(positionAt.getString("errors[0].message")).contains("Person.positionAt");

        JsonPath positions = GraphQL.post("""
                query($id: ID!, $at: Date) { organization(id: $id) {
                  then: positions(at: "2023-01-01") { title } now: positions(at: $at) { title } } }""",
                "id", Fixture.mndPolicyOffice, "at", "2024-06-01");
        assertThat(GraphQL.codes(positions)).containsExactly("BAD_USER_INPUT");
        assertThat(positions.getString("errors[0].message")).contains("Organization.positions");
    }

    @Test
    void shouldRunTheSameArgumentsAskedInSeveralPlaces() {
        Fixture.load();
        JsonPath answer = GraphQL.ok(SAME_PAGE_SIZE, "a", Fixture.ratner, "b", Fixture.cho, "n", 2);
        assertThat(answer.getList("data.a.meetings.edges")).hasSizeLessThanOrEqualTo(2).isNotEmpty();
        assertThat(answer.getList("data.b.meetings.edges")).hasSizeLessThanOrEqualTo(2).isNotEmpty();

        JsonPath sameDate = GraphQL.ok("""
                query($id: ID!) { person(id: $id) {
                  a: positionAt(date: "2024-06-01") { title } b: positionAt(date: "2024-06-01") { id } } }""",
                "id", Fixture.cho);
        assertThat(sameDate.getString("data.person.a.title")).isEqualTo("Deputy Minister for National Defense Policy");
    }

    @Test
    void shouldAllowDifferentArgumentsAtDifferentLevels() {
        Fixture.load();
        JsonPath answer = GraphQL.ok("""
                query($id: ID!) { person(id: $id) { meetings(first: 1) { edges { node {
                  participants { person { meetings(first: 3) { totalCount } } } } } } } }""", "id", Fixture.ratner);
        assertThat(answer.getList("data.person.meetings.edges")).hasSize(1);
    }
}
