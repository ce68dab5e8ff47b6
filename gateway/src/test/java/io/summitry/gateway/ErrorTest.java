package io.summitry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every error has extensions.code and no Java internals; limits answer QUERY_TOO_COMPLEX. */
@QuarkusTest
class ErrorTest {

    @Test
    void shouldAnswerASyntaxErrorWithACode() {
        JsonPath answer = GraphQL.post("{ meetings { ");
        assertThat(GraphQL.codes(answer)).containsExactly("GRAPHQL_PARSE_FAILED");
    }

    @Test
    void shouldAnswerAnUnknownFieldWithACode() {
        JsonPath answer = GraphQL.post("{ meetings { nope } }");
        assertThat(GraphQL.codes(answer)).containsExactly("GRAPHQL_VALIDATION_FAILED");
        assertThat(answer.getString("errors[0].message")).contains("nope");
    }

    @Test
    void shouldAnswerUnknownFieldsAnywhereAsValidationFailures() {
        for (String query : new String[] { "{ nope { deeper(first: 3) { x } } }",
                "{ countries { ... on Nope { code(first: 1) { y } } } }",
                "{ node(id: \"x\") { ... on Person { nope(first: 2) { a } } } }",
                "{ meetings { edges { node { nope { ...F } } } } } fragment F on Unknown { x { y } }",
                "{ person(id: \"x\") { meetings(first: 2) { nope { __schema { types { name } } } } } }" }) {
            JsonPath answer = GraphQL.post(query);
            assertThat(GraphQL.codes(answer)).as(query).isNotEmpty().allMatch("GRAPHQL_VALIDATION_FAILED"::equals);
        }
    }

    @Test
    void shouldRefuseAPageLargerThan100OrNegative() {
        assertThat(GraphQL.codes(GraphQL.post("{ meetings(first: 101) { totalCount } }")))
                .containsExactly("BAD_USER_INPUT");
        assertThat(GraphQL.codes(GraphQL.post("{ people(first: -1) { totalCount } }")))
                .containsExactly("BAD_USER_INPUT");
        Fixture.load();
        JsonPath nested = GraphQL.post("""
                query($id: ID!) { person(id: $id) { meetings(first: 500) { totalCount } } }""", "id",
                Fixture.ratner);
        assertThat(GraphQL.codes(nested)).contains("BAD_USER_INPUT");
    }

    @Test
    void shouldRefuseAnIdOfTheWrongTypeNamingTheArgument() {
        String organizationId = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("Organization:" + java.util.UUID.randomUUID()).getBytes());
        JsonPath answer = GraphQL.post("query($id: ID!) { meeting(id: $id) { id } }", "id", organizationId);
        assertThat(GraphQL.codes(answer)).containsExactly("BAD_USER_INPUT");
        assertThat(answer.getString("errors[0].message")).contains("'id'").contains("Meeting");
        assertThat(GraphQL.codes(GraphQL.post("{ node(id: \"not-an-id\") { id } }"))).containsExactly("BAD_USER_INPUT");
    }

    @Test
    void shouldRefuseAQueryTooDeep() {
        String deep = "{ meetings { edges { node { " + "partOf { ".repeat(20) + "id" + " }".repeat(20)
                + " } } } }";
        assertThat(GraphQL.codes(GraphQL.post(deep))).containsExactly("QUERY_TOO_COMPLEX");
    }

    @Test
    void shouldRefuseAQueryTooComplex() {
        StringBuilder wide = new StringBuilder("{ ");
        for (int i = 0; i < 300; i++) {
            wide.append("c").append(i).append(": countries { code name } ");
        }
        assertThat(GraphQL.codes(GraphQL.post(wide.append("}").toString()))).containsExactly("QUERY_TOO_COMPLEX");
    }

    @Test
    void shouldRefuseADocumentWithTooManyTokens() {
        String huge = "{ " + "countries { code } ".repeat(2000) + "}";
        assertThat(GraphQL.codes(GraphQL.post(huge))).containsExactly("QUERY_TOO_COMPLEX");
    }

    @Test
    void shouldRefuseARequestWithoutAQuery() {
        JsonPath answer = io.restassured.RestAssured.given().contentType("application/json").body("{\"q\": 1}")
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(GraphQL.codes(answer)).containsExactly("BAD_USER_INPUT");
    }

    @Test
    void shouldRefuseABadDateArgument() {
        Fixture.load();
        JsonPath answer = GraphQL.post("query($id: ID!) { organization(id: $id) { positions(at: \"2024-13-45\") { id } } }",
                "id", Fixture.mnd);
        assertThat(GraphQL.codes(answer)).isNotEmpty().allMatch(code -> code.equals("BAD_USER_INPUT")
                || code.equals("GRAPHQL_VALIDATION_FAILED"));
        assertThat(answer.prettify()).doesNotContain("Exception").doesNotContain("at io.").doesNotContain("java.");
    }
}
