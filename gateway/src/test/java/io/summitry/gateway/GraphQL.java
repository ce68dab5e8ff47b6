package io.summitry.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Posts GraphQL documents to the running gateway, as a front end would. */
final class GraphQL {

    private GraphQL() {
    }

    private static String editor;

    /** Posts as an editor (the mutations of the fixture need one). */
    static JsonPath post(String query, Object... variables) {
        if (editor == null) {
            editor = GatewayStackResource.stack().editorToken();
        }
        return postAs(editor, query, variables);
    }

    /** Posts with this bearer token, or anonymously when it is null. */
    static JsonPath postAs(String token, String query, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i + 1 < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", vars);
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Posts and asserts the answer has no errors. */
    static JsonPath ok(String query, Object... variables) {
        JsonPath answer = post(query, variables);
        assertThat(answer.getList("errors")).as(answer.prettify()).isNullOrEmpty();
        return answer;
    }

    /** The codes of the errors, in order. */
    static List<String> codes(JsonPath answer) {
        return answer.getList("errors.extensions.code", String.class);
    }

    static Map<String, Integer> calls(JsonPath answer) {
        Map<String, Integer> calls = answer.getMap("extensions.downstreamCalls", String.class, Integer.class);
        return calls == null ? Map.of() : calls;
    }
}
