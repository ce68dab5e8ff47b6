package io.summitry.gateway.live.cache;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.summitry.gateway.id.GlobalId;
import io.summitry.testing.TestTokens;
import jakarta.inject.Inject;

/**
 * The response cache against stubbed services and stubbed change streams: hits, eviction by a change and by a
 * mutation on this gateway, no cached answer while a stream is cut, ETag and 304 on GET.
 */
@QuarkusTest
@TestProfile(LiveStubsProfile.class)
class ResponseCacheTest {

    private static final String QUERY = "query Person($id: ID!) { person(id: $id) { id name } }";

    @Inject
    ResponseCache cache;

    private UUID uuid;
    private String id;

    @BeforeEach
    void aPerson() {
        cache.clear();
        uuid = UUID.randomUUID();
        id = GlobalId.encode(GlobalId.PERSON, uuid);
        person("Ann Old", 1);
        eventually(() -> LiveStubsResource.peopleStream.connections() == 1
                && LiveStubsResource.meetingsStream.connections() == 1);
    }

    @Test
    void shouldAnswerARepeatedQueryFromTheCache() {
        JsonPath first = ask();
        JsonPath second = ask();

        assertThat(first.getBoolean("extensions.responseCache.hit")).isFalse();
        assertThat(first.getMap("extensions.downstreamCalls")).containsEntry("people-service", 1);
        assertThat(second.getBoolean("extensions.responseCache.hit")).isTrue();
        assertThat(second.getString("data.person.name")).isEqualTo("Ann Old");
        assertThat(second.getMap("extensions.downstreamCalls")).as("a hit calls no service").isNull();
        LiveStubsResource.services.verify(1, getRequestedFor(urlEqualTo("/people/" + uuid)));
        // spacing and comments do not make another entry
        JsonPath respelled = ask("query Person($id: ID!) {\n  # the same\n  person(id: $id) { id   name }\n}");
        assertThat(respelled.getBoolean("extensions.responseCache.hit")).isTrue();
        // the names another team's alerts use
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("summitry_change_stream_lag_revisions{service=\"people-service\"}",
                "summitry_change_stream_lag_seconds{service=\"meetings-service\"}",
                "summitry_change_stream_events_applied_total{service=\"people-service\"}",
                "summitry_response_cache_hits_total", "summitry_response_cache_misses_total");
    }

    @Test
    void shouldEvictWhatAChangeFromTheStreamAlters() {
        ask();
        person("Ann New", 2);
        assertThat(ask().getString("data.person.name")).as("cached until the change arrives").isEqualTo("Ann Old");

        LiveStubsResource.peopleStream.commit(revision(), "Person", uuid.toString());

        eventually(() -> "Ann New".equals(ask().getString("data.person.name")));
    }

    @Test
    void shouldEvictAChildsRootOnAChange() {
        ask();
        person("Ann New", 2);
        // a position of this person changed: its change names the person as its root
        LiveStubsResource.peopleStream.commit(revision(), "Position", UUID.randomUUID().toString(), "Person",
                uuid.toString());
        eventually(() -> "Ann New".equals(ask().getString("data.person.name")));
    }

    @Test
    void shouldServeNothingCachedWhileTheStreamIsCut() throws Exception {
        ask();
        assertThat(ask().getBoolean("extensions.responseCache.hit")).isTrue();
        person("Ann New", 2);

        LiveStubsResource.peopleStream.stop();
        try {
            eventually(() -> given().get("/q/health/group/change-streams").statusCode() == 503);
            assertThat(given().get("/q/health/group/change-streams").then().extract().jsonPath()
                    .getString("checks[0].data.people-service")).startsWith("cut");
            given().get("/q/health/ready").then().statusCode(200); // a cut stream keeps the gateway in service
            JsonPath fromTheService = ask();
            assertThat(fromTheService.getString("data.person.name")).as(fromTheService.prettify()).isEqualTo("Ann New");
            assertThat(fromTheService.getBoolean("extensions.responseCache.hit")).isFalse();
        } finally {
            LiveStubsResource.peopleStream.start();
        }
        eventually(() -> ask().getBoolean("extensions.responseCache.hit"));
    }

    @Test
    void shouldNeverAnswerTheOldValueAfterAMutationsAnswer() {
        assertThat(ask().getString("data.person.name")).isEqualTo("Ann Old");
        ask();
        LiveStubsResource.services.stubFor(put(urlEqualTo("/people/" + uuid)).willReturn(json(dto("Ann New", 2))));

        JsonPath updated = given().contentType("application/json").auth().oauth2(TestTokens.editor())
                .body(java.util.Map.of("query", "mutation($id: ID!) { updatePerson(id: $id, expectedVersion: 1, "
                        + "input: {name: \"Ann New\"}) { id name } }", "variables", java.util.Map.of("id", id)))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(updated.getString("data.updatePerson.name")).as(updated.prettify()).isEqualTo("Ann New");
        person("Ann New", 2);

        // no stream event was sent: the mutation itself evicted the answer on this gateway
        JsonPath after = ask();
        assertThat(after.getString("data.person.name")).isEqualTo("Ann New");
        assertThat(after.getBoolean("extensions.responseCache.hit")).isFalse();
    }

    @Test
    void shouldAnswer304ToAGetWhoseETagTheClientHas() {
        String etag = given().queryParam("query", QUERY).queryParam("variables", "{\"id\":\"" + id + "\"}")
                .get("/graphql").then().statusCode(200).extract().header("ETag");
        assertThat(etag).isNotBlank();

        given().queryParam("query", QUERY).queryParam("variables", "{\"id\":\"" + id + "\"}")
                .header("If-None-Match", etag).get("/graphql").then().statusCode(304).header("ETag", etag);
        given().queryParam("query", QUERY).queryParam("variables", "{\"id\":\"" + id + "\"}")
                .header("If-None-Match", "\"other\"").get("/graphql").then().statusCode(200).header("ETag", etag);
    }

    @Test
    void shouldNotCacheMutationsOrAnswersWithErrors() {
        UUID missing = UUID.randomUUID();
        LiveStubsResource.services.stubFor(get(urlEqualTo("/people/" + missing)).willReturn(aResponse()
                .withStatus(503)));
        String query = "{ person(id: \"" + GlobalId.encode(GlobalId.PERSON, missing) + "\") { id name } }";
        ask(query);
        JsonPath again = ask(query);
        assertThat(again.getList("errors")).isNotEmpty();
        assertThat(again.getBoolean("extensions.responseCache.hit")).isFalse();
    }

    /**
     * Two misses of one query stored one after the other (two tabs opening the same form at once): the second answer
     * replaces the first under the same key, and a mutation of the record must still evict it.
     */
    @Test
    void shouldEvictAnAnswerThatReplacedAnotherOnAMutation() throws Exception {
        LiveStubsResource.services.stubFor(get(urlEqualTo("/people/" + uuid))
                .willReturn(json(dto("Ann Old", 1)).withFixedDelay(400)));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> ask());
            var second = pool.submit(() -> ask());
            assertThat(first.get().getBoolean("extensions.responseCache.hit")).isFalse();
            assertThat(second.get().getBoolean("extensions.responseCache.hit")).isFalse();
        } finally {
            pool.shutdown();
        }
        assertThat(ask().getBoolean("extensions.responseCache.hit")).isTrue();
        LiveStubsResource.services.stubFor(put(urlEqualTo("/people/" + uuid)).willReturn(json(dto("Ann New", 2))));
        person("Ann New", 2);

        given().contentType("application/json").auth().oauth2(TestTokens.editor())
                .body(java.util.Map.of("query", "mutation($id: ID!) { updatePerson(id: $id, expectedVersion: 1, "
                        + "input: {name: \"Ann New\"}) { id name } }", "variables", java.util.Map.of("id", id)))
                .post("/graphql").then().statusCode(200);

        JsonPath after = ask();
        assertThat(after.getString("data.person.name")).isEqualTo("Ann New");
        assertThat(after.getBoolean("extensions.responseCache.hit")).isFalse();
    }

    private static long revisions = 100;

    private static synchronized long revision() {
        return ++revisions;
    }

    private void person(String name, long version) {
        LiveStubsResource.services.stubFor(get(urlEqualTo("/people/" + uuid)).willReturn(json(dto(name, version))));
    }

    private String dto(String name, long version) {
        return "{\"id\":\"" + uuid + "\",\"name\":\"" + name + "\",\"otherNames\":[],\"version\":" + version + "}";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    private JsonPath ask() {
        return ask(QUERY);
    }

    private JsonPath ask(String query) {
        return given().contentType("application/json")
                .body(java.util.Map.of("query", query, "variables", java.util.Map.of("id", id)))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    static void eventually(BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 10 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
