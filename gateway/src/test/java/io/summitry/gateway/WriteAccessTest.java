package io.summitry.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.summitry.stack.App;

/**
 * Reads are public; a mutation needs a token with the editor role (none: UNAUTHENTICATED, another role: FORBIDDEN)
 * and writes nothing otherwise. The services check the forwarded token too, so bypassing the gateway does not help.
 */
@QuarkusTest
class WriteAccessTest {

    static final String CREATE_PERSON = "mutation($name: String!) { createPerson(input: {name: $name}) { id name } }";
    static final String COUNT_PEOPLE = "{ people(first: 1) { totalCount } }";

    @Test
    void shouldRefuseAMutationWithoutATokenAndWriteNothing() {
        int before = people();
        JsonPath answer = GraphQL.postAs(null, CREATE_PERSON, "name", "Anonymous Writer");
        assertThat(GraphQL.codes(answer)).containsExactly("UNAUTHENTICATED");
        assertThat(answer.getString("data.createPerson")).isNull();
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAMutationWithoutTheEditorRoleAndWriteNothing() {
        int before = people();
        JsonPath answer = GraphQL.postAs(Tokens.reader(), CREATE_PERSON, "name", "Reader Writer");
        assertThat(GraphQL.codes(answer)).containsExactly("FORBIDDEN");
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void shouldRefuseExpiredForgedAndMalformedTokens() {
        int before = people();
        for (String token : List.of(Tokens.expiredEditor(), Tokens.forgedEditor(), "not.a.jwt", "x".repeat(10_000))) {
            var response = given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                    .body(Map.of("query", CREATE_PERSON, "variables", Map.of("name", "Forger")))
                    .when().post("/graphql").then().extract();
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(GraphQL.codes(response.jsonPath())).containsExactly("UNAUTHENTICATED");
        }
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void shouldLetAnEditorWriteAndEveryoneRead() {
        JsonPath created = GraphQL.postAs(Tokens.editor(), CREATE_PERSON, "name", "Editor Writer");
        assertThat(GraphQL.codes(created)).isNullOrEmpty();
        assertThat(created.getString("data.createPerson.name")).isEqualTo("Editor Writer");
        JsonPath read = GraphQL.postAs(null, "query($id: ID!) { person(id: $id) { name } }", "id",
                created.getString("data.createPerson.id"));
        assertThat(read.getString("data.person.name")).isEqualTo("Editor Writer");
    }

    @Test
    void shouldRefuseAWriteThatBypassesTheGateway() {
        String people = GatewayStackResource.stack().baseUri(App.PEOPLE).toString();
        String meetings = GatewayStackResource.stack().baseUri(App.MEETINGS).toString();
        given().baseUri(people).contentType(ContentType.JSON).body(Map.of("name", "Bypasser"))
                .when().post("/people").then().statusCode(401).contentType("application/problem+json");
        given().baseUri(people).contentType(ContentType.JSON).header("Authorization", "Bearer " + Tokens.reader())
                .body(Map.of("name", "Bypasser")).when().post("/people").then().statusCode(403);
        given().baseUri(meetings).contentType(ContentType.JSON)
                .body(Map.of("slug", "bypass", "name", "Bypass")).when().post("/series").then().statusCode(401);
        given().baseUri(people).contentType(ContentType.JSON).body(Map.of("ids", List.of()))
                .when().post("/people/by-ids").then().statusCode(200);
    }

    private static int people() {
        return GraphQL.postAs(null, COUNT_PEOPLE).getInt("data.people.totalCount");
    }
}
