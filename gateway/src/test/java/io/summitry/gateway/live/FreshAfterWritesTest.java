package io.summitry.gateway.live;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.summitry.gateway.GatewayStackResource;
import io.summitry.gateway.id.GlobalId;
import io.summitry.stack.App;

/**
 * The freshness guarantee over the real services and their change streams: a write the gateway did not serve (made
 * at the service, as another replica would) evicts its cached answer within the staleness bound; after a mutation's
 * answer the gateway that served it never answers the old value, over random interleavings of reads and writes.
 */
@QuarkusTest
@QuarkusTestResource(value = GatewayStackResource.class, restrictToAnnotatedClass = false)
@TestProfile(FreshAfterWritesTest.CacheOn.class)
class FreshAfterWritesTest {

    /** The test profile runs without the cache (for the tests of each request's calls): on here. */
    public static class CacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summitry.response-cache.enabled", "true");
        }
    }

    private static final String READ = "query Person($id: ID!) { person(id: $id) { id name } }";

    @Test
    void shouldEvictWithinTheBoundWhatAnotherWriterChanged() {
        JsonPath created = createPerson("Fresh One");
        String id = created.getString("data.createPerson.id");
        eventuallyHit(id);

        UUID uuid = GlobalId.parse(id).uuid();
        long written = System.nanoTime();
        given().baseUri(GatewayStackResource.stack().baseUri(App.PEOPLE).toString()).contentType("application/json")
                .auth().oauth2(GatewayStackResource.stack().editorToken())
                .header("If-Match", "\"" + created.getInt("data.createPerson.version") + "\"")
                .body(Map.of("name", "Fresh Two", "otherNames", List.of())).put("/people/" + uuid)
                .then().statusCode(200);
        while (!"Fresh Two".equals(read(id, false).getString("data.person.name"))) {
            assertThat(Duration.ofNanos(System.nanoTime() - written)).as("stale past the bound")
                    .isLessThan(Duration.ofSeconds(1));
        }
        System.out.printf("a write at the service reached this gateway's cache in %d ms%n",
                Duration.ofNanos(System.nanoTime() - written).toMillis());
    }

    @Test
    void shouldNeverAnswerTheOldValueAfterAMutationsAnswer() {
        Random random = new Random(24);
        JsonPath created = createPerson("Version 0");
        String id = created.getString("data.createPerson.id");
        String expected = "Version 0";
        int version = created.getInt("data.createPerson.version");
        for (int step = 1; step <= 60; step++) {
            if (random.nextInt(3) == 0) {
                String name = "Version " + step;
                JsonPath answer = given().contentType("application/json")
                        .auth().oauth2(GatewayStackResource.stack().editorToken())
                        .body(Map.of("query", "mutation($id: ID!, $v: Int!, $name: String!) { updatePerson(id: $id, "
                                + "expectedVersion: $v, input: {name: $name}) { id name version } }",
                                "variables", Map.of("id", id, "v", version, "name", name)))
                        .post("/graphql").then().statusCode(200).extract().jsonPath();
                assertThat(answer.getString("data.updatePerson.name")).as(answer.prettify()).isEqualTo(name);
                version = answer.getInt("data.updatePerson.version");
                expected = name;
            }
            JsonPath read = read(id, random.nextBoolean());
            assertThat(read.getString("data.person.name")).as("step %d", step).isEqualTo(expected);
        }
    }

    private static JsonPath createPerson(String name) {
        JsonPath created = given().contentType("application/json")
                .auth().oauth2(GatewayStackResource.stack().editorToken())
                .body(Map.of("query", "mutation($name: String!) { createPerson(input: {name: $name}) { id version } }",
                        "variables", Map.of("name", name)))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(created.getString("data.createPerson.id")).as(created.prettify()).isNotNull();
        return created;
    }

    private static void eventuallyHit(String id) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!read(id, false).getBoolean("extensions.responseCache.hit")) {
            assertThat(System.nanoTime()).as("the streams are followed and the answer cached").isLessThan(end);
        }
    }

    private static JsonPath read(String id, boolean get) {
        if (get) {
            return given().queryParam("query", READ).queryParam("variables", "{\"id\":\"" + id + "\"}")
                    .get("/graphql").then().statusCode(200).extract().jsonPath();
        }
        return given().contentType("application/json").body(Map.of("query", READ, "variables", Map.of("id", id)))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
    }
}
