package io.summitry.gateway.persisted;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.summitry.gateway.StubbedServices;

/** Automatic persisted queries, as Apollo clients speak them, over POST and GET. */
@QuarkusTest
@TestProfile(StubbedServices.class)
class PersistedQueriesTest {

    @Test
    void shouldAskForAnUnknownQueryThenRunItByHashAlone() {
        // A query no other test sent: its hash is unknown until this test registers it.
        String query = "{ countries { code } __typename # " + UUID.randomUUID() + "\n}";
        String hash = PersistedQueries.sha256(query);

        JsonPath unknown = post(Map.of("extensions", extension(hash)));
        assertThat(unknown.getString("errors[0].message")).isEqualTo("PersistedQueryNotFound");
        assertThat(unknown.getString("errors[0].extensions.code")).isEqualTo("PERSISTED_QUERY_NOT_FOUND");

        JsonPath registered = post(Map.of("query", query, "extensions", extension(hash)));
        assertThat(registered.getList("data.countries")).isNotEmpty();

        JsonPath byHash = post(Map.of("extensions", extension(hash)));
        assertThat(byHash.getList("errors")).isNullOrEmpty();
        assertThat(byHash.getList("data.countries")).isNotEmpty();

        JsonPath byGet = given().queryParam("extensions",
                "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
                .when().get("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(byGet.getList("data.countries")).isNotEmpty();
    }

    @Test
    void shouldRegisterOverGetToo() {
        String query = "query Registered { countries { name } } # " + UUID.randomUUID();
        String hash = PersistedQueries.sha256(query);
        String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
        JsonPath notYet = given().queryParam("extensions", extensions).when().get("/graphql").then().statusCode(200)
                .extract().jsonPath();
        assertThat(notYet.getString("errors[0].extensions.code")).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        given().queryParam("query", query).queryParam("extensions", extensions).when().get("/graphql").then()
                .statusCode(200);
        JsonPath byHash = given().queryParam("extensions", extensions).when().get("/graphql").then()
                .statusCode(200).extract().jsonPath();
        assertThat(byHash.getList("data.countries")).isNotEmpty();
    }

    @Test
    void shouldRunAGetQueryExactlyAsSentAndRefuseAGetMutation() {
        JsonPath commented = given().queryParam("query", "{ countries { code } # a comment up to the newline\n}")
                .queryParam("variables", "{\"unused\": \"50% + more\"}")
                .when().get("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(commented.getList("errors")).isNullOrEmpty();
        assertThat(commented.getList("data.countries")).isNotEmpty();

        JsonPath mutation = given().queryParam("query", "mutation { createSeries(input: {slug: \"by-get\", name: "
                + "\"By GET\"}) { slug } }").when().get("/graphql").then().statusCode(405).header("Allow", "POST")
                .extract().jsonPath();
        assertThat(mutation.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat(mutation.getString("errors[0].message")).contains("POST");
    }

    @Test
    void shouldRefuseAHashThatDoesNotMatchTheQuery() {
        JsonPath answer = post(Map.of("query", "{ countries { code } }",
                "extensions", extension(PersistedQueries.sha256("{ something else }"))));
        assertThat(answer.getString("errors[0].message")).isEqualTo("provided sha does not match query");
        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void shouldRefuseAMalformedPersistedQueryExtension() {
        JsonPath answer = post(Map.of("extensions", Map.of("persistedQuery", Map.of("sha256Hash", "zz"))));
        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    }

    static Map<String, Object> extension(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    static JsonPath post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/graphql").then().statusCode(200)
                .extract().jsonPath();
    }
}
