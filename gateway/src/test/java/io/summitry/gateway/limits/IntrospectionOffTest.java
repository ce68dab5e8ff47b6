package io.summitry.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.summitry.gateway.StubbedServices;

/** Production may switch introspection off; ordinary queries still run. */
@QuarkusTest
@TestProfile(IntrospectionOffTest.NoIntrospection.class)
class IntrospectionOffTest {

    /** As in production with QUARKUS_SMALLRYE_GRAPHQL_FIELD_VISIBILITY=no-introspection; no service is needed. */
    public static class NoIntrospection extends StubbedServices {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("quarkus.smallrye-graphql.field-visibility", "no-introspection");
            return config;
        }
    }

    @Test
    void shouldRefuseIntrospectionButAnswerQueries() {
        JsonPath introspection = post("{ __schema { types { name } } }");
        assertThat(introspection.getList("errors")).isNotEmpty();
        assertThat(introspection.getList("errors.extensions.code", String.class)).doesNotContain("INTERNAL");
        assertThat(introspection.getString("data.__schema")).isNull();
        assertThat(post("{ countries { code } }").getList("data.countries")).isNotEmpty();
    }

    private static JsonPath post(String query) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql").then()
                .statusCode(200).extract().jsonPath();
    }
}
