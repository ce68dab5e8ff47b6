package io.summitry.gateway.live;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.summitry.gateway.GatewayStackResource;
import io.vertx.core.Vertx;

/**
 * Two gateway replicas over the same services, each with its response cache on: the packaged gateway this test runs
 * against (A) and a second process of the same jar ({@link SecondGateway}, B). A change made through one reaches the
 * other's subscribers and evicts its cached answer within the staleness bound; the gateway that served a mutation
 * never answers the old value after the mutation's answer, over a random interleaving of reads and writes through
 * both (its seed is printed; {@code -Dsummitry.test.seed=N} replays one).
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = SecondGateway.class, restrictToAnnotatedClass = true)
class TwoGatewaysIT {

    /** summitry.change-stream.staleness-bound. */
    static final Duration BOUND = Duration.ofSeconds(1);
    /** Scheduling on a loaded two-core machine running both gateways, both services and PostgreSQL. */
    static final Duration TOLERANCE = Duration.ofSeconds(1);
    static final int ROUNDS = 5;
    static final int STEPS = 80;

    static final String READ = "query Person($id: ID!) { person(id: $id) { id name } }";
    static final String WRITE = "mutation($id: ID!, $v: Int!, $name: String!) { updatePerson(id: $id, expectedVersion: $v,"
            + " input: {name: $name}) { id name version } }";
    static final String PERSON_CHANGED = "subscription($id: ID!) { personChanged(id: $id) { revision nodeId kind } }";

    @TestHTTPResource("/")
    URL first;

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void closeClients() {
        vertx.close();
    }

    @Test
    void shouldReachTheOtherGatewaysSubscribersAndEvictItsCacheWithinTheBound() throws Exception {
        JsonPath created = write(a(), "mutation($name: String!) { createPerson(input: {name: $name}) { id version } }",
                Map.of("name", "Replica 0"));
        String id = created.getString("data.createPerson.id");
        int version = created.getInt("data.createPerson.version");
        List<Long> delivered = new ArrayList<>();
        List<Long> evicted = new ArrayList<>();
        try (Subscriber subscriber = Subscriber.open(vertx, SecondGateway.url(), "personChanged", PERSON_CHANGED,
                Map.of("id", id))) {
            Thread.sleep(500); // the subscription is open once its existence check has answered
            for (int round = 1; round <= ROUNDS; round++) {
                awaitHit(TwoGatewaysIT::b, id);
                String name = "Replica " + round;
                JsonPath answer = write(a(), WRITE, Map.of("id", id, "v", version, "name", name));
                long answered = System.nanoTime();
                assertThat(answer.getString("data.updatePerson.name")).as(answer.prettify()).isEqualTo(name);
                version = answer.getInt("data.updatePerson.version");

                // B's cached answer and B's subscriber, measured from A's answer
                Long seen = null;
                Long fresh = null;
                long end = answered + BOUND.plus(TOLERANCE).multipliedBy(3).toNanos();
                while ((seen == null || fresh == null) && System.nanoTime() < end) {
                    if (seen == null && subscriber.changes().size() >= round) {
                        seen = System.nanoTime() - answered;
                    }
                    if (fresh == null && name.equals(read(b(), id).getString("data.person.name"))) {
                        fresh = System.nanoTime() - answered;
                    }
                }
                assertThat(seen).as("round %d: B's subscriber got the change", round).isNotNull();
                assertThat(fresh).as("round %d: B answered the new name", round).isNotNull();
                delivered.add(Duration.ofNanos(seen).toMillis());
                evicted.add(Duration.ofNanos(fresh).toMillis());
            }
            System.out.printf("A change through gateway A, %d rounds: B's subscriber had it after %s ms, B's cache"
                    + " answered the new value after %s ms%n", ROUNDS, delivered, evicted);
            assertThat(subscriber.changes()).as("each change once").hasSize(ROUNDS);
            assertThat(delivered).allSatisfy(ms -> assertThat(ms).isLessThan(BOUND.plus(TOLERANCE).toMillis()));
            assertThat(evicted).allSatisfy(ms -> assertThat(ms).isLessThan(BOUND.plus(TOLERANCE).toMillis()));
        }
    }

    @Test
    void shouldNeverAnswerTheOldValueOnTheWriterAndStopWithinTheBoundOnTheOther() {
        long seed = Long.getLong("summitry.test.seed", System.nanoTime());
        System.out.printf("TwoGatewaysIT interleaving seed %d (replay with -Dsummitry.test.seed=%d)%n", seed, seed);
        Random random = new Random(seed);
        JsonPath created = write(a(), "mutation($name: String!) { createPerson(input: {name: $name}) { id version } }",
                Map.of("name", "Step 0"));
        String id = created.getString("data.createPerson.id");
        int version = created.getInt("data.createPerson.version");
        String current = "Step 0";
        // every name written, with when the write that replaced it was answered
        List<Map.Entry<String, Long>> replaced = new ArrayList<>();
        boolean writerIsA = true;
        long answeredAt = System.nanoTime();
        int reads = 0;
        int hits = 0;
        int staleWithinBound = 0;
        for (int step = 1; step <= STEPS; step++) {
            boolean onA = random.nextBoolean();
            if (random.nextInt(4) == 0) {
                String name = "Step " + step;
                JsonPath answer = write(onA ? a() : b(), WRITE, Map.of("id", id, "v", version, "name", name));
                assertThat(answer.getString("data.updatePerson.name")).as("seed %d step %d: %s", seed, step,
                        answer.prettify()).isEqualTo(name);
                answeredAt = System.nanoTime();
                version = answer.getInt("data.updatePerson.version");
                replaced.add(Map.entry(current, answeredAt));
                current = name;
                writerIsA = onA;
                continue;
            }
            long started = System.nanoTime();
            JsonPath answer = random.nextBoolean() ? read(onA ? a() : b(), id) : readByGet(onA ? a() : b(), id);
            String name = answer.getString("data.person.name");
            reads++;
            hits += Boolean.TRUE.equals(answer.get("extensions.responseCache.hit")) ? 1 : 0;
            String where = String.format("seed %d step %d, gateway %s, %d ms after the write's answer through %s",
                    seed, step, onA ? "A" : "B", Duration.ofNanos(started - answeredAt).toMillis(),
                    writerIsA ? "A" : "B");
            if (onA == writerIsA) {
                assertThat(name).as(where).isEqualTo(current);
            } else {
                // the other gateway may answer a name replaced less than the bound ago, never an older one
                List<String> allowed = new ArrayList<>(List.of(current));
                replaced.stream().filter(r -> started - r.getValue() < BOUND.plus(TOLERANCE).toNanos())
                        .forEach(r -> allowed.add(r.getKey()));
                assertThat(name).as(where).isIn(allowed);
                staleWithinBound += name.equals(current) ? 0 : 1;
            }
        }
        System.out.printf("TwoGatewaysIT interleaving: %d steps, %d reads (%d cache hits), %d old answers from the"
                + " other gateway within the bound, none from the writer%n", STEPS, reads, hits, staleWithinBound);
        assertThat(hits).as("the caches answered some reads").isPositive();
    }

    private RequestSpecification a() {
        return given().baseUri(URI.create(first.toString()).resolve("/").toString());
    }

    private static RequestSpecification b() {
        return given().baseUri(SecondGateway.url().toString());
    }

    private static JsonPath write(RequestSpecification gateway, String query, Map<String, Object> variables) {
        return gateway.contentType("application/json").auth().oauth2(GatewayStackResource.stack().editorToken())
                .body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(200)
                .extract().jsonPath();
    }

    private static JsonPath read(RequestSpecification gateway, String id) {
        return gateway.contentType("application/json").body(Map.of("query", READ, "variables", Map.of("id", id)))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath readByGet(RequestSpecification gateway, String id) {
        return gateway.queryParam("query", READ).queryParam("variables", "{\"id\":\"" + id + "\"}").get("/graphql")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void awaitHit(Supplier<RequestSpecification> gateway, String id) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Boolean.TRUE.equals(read(gateway.get(), id).get("extensions.responseCache.hit"))) {
            assertThat(System.nanoTime()).as("B follows the streams and caches the answer").isLessThan(end);
        }
    }
}
