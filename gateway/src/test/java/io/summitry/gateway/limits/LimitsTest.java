package io.summitry.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.summitry.gateway.StubbedServices;

/**
 * Each limit answers QUERY_TOO_COMPLEX, before anything runs, with a message naming the limit and the value; a
 * front end's ordinary query stays well inside them.
 */
@QuarkusTest
@TestProfile(StubbedServices.class)
class LimitsTest {

    @Test
    void shouldRefuseADocumentNestedTooDeep() {
        String deep = "{ meetings(first: 1) { edges { node { " + "partOf { ".repeat(14) + "id" + " }".repeat(14)
                + " } } } }";
        assertRefused(deep, "depth", "summitry.limits.max-depth");
    }

    @Test
    void shouldRefuseAnAliasFlood() {
        StringBuilder aliases = new StringBuilder("{ countries { ");
        for (int i = 0; i < 60; i++) {
            aliases.append("a").append(i).append(": code ");
        }
        assertRefused(aliases.append("} }").toString(), "60 aliases", "summitry.limits.max-aliases");
    }

    @Test
    void shouldRefuseTooManyRootFields() {
        assertRefused("{ " + "countries { code } ".repeat(25) + "}", "25 root fields",
                "summitry.limits.max-root-fields");
    }

    @Test
    void shouldRefuseTooManyTokens() {
        assertRefused("{ countries { " + "code ".repeat(6000) + "} }", "tokens", "summitry.limits.max-tokens");
    }

    @Test
    void shouldRefuseADocumentTooLarge() {
        assertRefused("{ countries { code } }" + " ".repeat(40_000), "bytes", "summitry.limits.max-document-bytes");
    }

    @Test
    void shouldRefuseAQueryThatWouldCostTooMuch() {
        String costly = """
                { meetings(first: 100) { edges { node { participants { person { meetings(first: 100) {
                  edges { node { title } } } } } } } } }""";
        JsonPath answer = assertRefused(costly, "cost", "summitry.limits.max-cost");
        assertThat(answer.getString("errors[0].message")).containsPattern("cost[s]? \\d+");
    }

    @Test
    void shouldCountVariablesAndFragmentsInTheCost() {
        String viaFragment = """
                query($n: Int) { meetings(first: $n) { ...Deep } }
                fragment Deep on MeetingConnection { edges { node { participants { person {
                  meetings(first: 100) { edges { node { title } } } } } } } }""";
        JsonPath answer = post(viaFragment, Map.of("n", 100));
        assertThat(GraphQL_codes(answer)).containsExactly("QUERY_TOO_COMPLEX");
    }

    @Test
    void shouldLetAnOrdinaryFrontEndQueryThrough() {
        String ordinary = """
                { meetings(first: 20) { totalCount edges { cursor node { id title date { text }
                  participants { role person { name } position { title organization { name } } } } }
                  pageInfo { hasNextPage endCursor } } }""";
        JsonPath answer = post(ordinary, Map.of());
        assertThat(GraphQL_codes(answer)).doesNotContain("QUERY_TOO_COMPLEX");
    }

    @Test
    void shouldNotSuggestFieldNames() {
        JsonPath answer = post("{ meetings { edges { node { titel } } } }", Map.of());
        assertThat(GraphQL_codes(answer)).containsExactly("GRAPHQL_VALIDATION_FAILED");
        assertThat(answer.getString("errors[0].message")).doesNotContainIgnoringCase("did you mean");
    }

    private static JsonPath assertRefused(String query, String valueHint, String limitName) {
        JsonPath answer = post(query, Map.of());
        assertThat(GraphQL_codes(answer)).as(answer.prettify()).containsExactly("QUERY_TOO_COMPLEX");
        assertThat(answer.getString("errors[0].message")).contains(valueHint).contains(limitName);
        assertThat(answer.getString("data")).isNull();
        return answer;
    }

    private static java.util.List<String> GraphQL_codes(JsonPath answer) {
        return answer.getList("errors.extensions.code", String.class);
    }

    private static JsonPath post(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }
}
