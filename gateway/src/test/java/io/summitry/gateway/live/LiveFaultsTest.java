package io.summitry.gateway.live;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitry.gateway.GatewayStackResource;
import io.summitry.gateway.id.GlobalId;
import io.summitry.postgres.LocalPostgres;
import io.summitry.stack.App;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * The change streams under faults, over the real services run as processes: a stopped service (SIGSTOP) while a
 * subscriber waits and cached answers exist, a service restarted while it is written to, a cut connection. Counted
 * against the revisions the service committed: each reaches the subscriber once, in order; no cached answer outlives
 * a write by more than the bound.
 */
@QuarkusTest
@QuarkusTestResource(value = StackWithCuttableStream.class, restrictToAnnotatedClass = true)
class LiveFaultsTest {

    /** The staleness bound (summitry.change-stream.staleness-bound) plus the probe interval that finds a stall. */
    static final Duration BOUND = Duration.ofMillis(1500);
    /** Scheduling on a loaded two-core machine. */
    static final Duration TOLERANCE = Duration.ofMillis(1500);
    static final Duration DELIVERY = Duration.ofSeconds(15);

    static final String PERSON = "query Person($id: ID!) { person(id: $id) { id name } }";
    static final String MEETINGS = "{ meetings(first: 3) { edges { node { id title } } } }";
    static final String PERSON_CHANGED = "subscription($id: ID!) { personChanged(id: $id) { revision nodeId kind } }";
    static final String CHANGES = "subscription($typenames: [String!]) { changes(filter: {typenames: $typenames}) {"
            + " revision nodeId kind } }";

    @TestHTTPResource("/")
    URL gateway;

    private final Vertx vertx = Vertx.vertx();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void closeClients() {
        vertx.close();
    }

    @Test
    void shouldServeNoStaleAnswerWhilePeopleServiceIsStoppedAndLoseNothingAfterSigcont() throws Exception {
        JsonPath created = createPerson("Before the stall");
        String id = created.getString("data.createPerson.id");
        awaitHit(PERSON, Map.of("id", id));
        awaitHit(MEETINGS, Map.of());
        try (Subscriber subscriber = Subscriber.open(vertx, gateway.toURI(), "personChanged", PERSON_CHANGED,
                Map.of("id", id))) {
            Thread.sleep(500); // the subscription is open once its existence check has answered
            long pid = GatewayStackResource.stack().pid(App.PEOPLE);
            long stopped = System.nanoTime();
            signal("-STOP", pid);
            long revision;
            Duration noLongerFresh;
            try {
                // another replica of people-service writes meanwhile: the stopped one's stream cannot tell
                revision = writeAsAnotherReplica(GlobalId.parse(id).uuid(), "During the stall");
                noLongerFresh = awaitNotFresh("people-service", Duration.ofSeconds(10));
                JsonPath person = read(PERSON, Map.of("id", id));
                assertThat(person.getString("data.person.name")).as(person.prettify()).isNull();
                assertThat(person.getBoolean("extensions.responseCache.hit")).as(person.prettify()).isFalse();
                assertThat(person.getList("errors.extensions.code", String.class)).contains("UPSTREAM_UNAVAILABLE");
                JsonPath meetings = read(MEETINGS, Map.of());
                assertThat(meetings.getList("errors")).as(meetings.prettify()).isNullOrEmpty();
                assertThat(meetings.getList("data.meetings.edges")).isNotEmpty();
            } finally {
                signal("-CONT", pid);
            }
            long resumed = System.nanoTime();

            assertThat(subscriber.await(1, DELIVERY)).as("the revision written during the stall").isTrue();
            Duration delivered = Duration.ofNanos(System.nanoTime() - resumed);
            Duration fresh = awaitName(id, "During the stall", Duration.ofSeconds(30));
            Thread.sleep(1000);
            System.out.printf("SIGSTOP of people-service: cached answers of it stopped %d ms after the stop;"
                    + " after SIGCONT the subscriber had the revision in %d ms, the new name was answered in %d ms%n",
                    noLongerFresh.toMillis(), delivered.toMillis(), fresh.toMillis());
            assertThat(noLongerFresh).isLessThan(BOUND.plus(TOLERANCE));
            assertThat(subscriber.changes()).as("once").hasSize(1);
            assertThat(subscriber.changes().get(0).getString("revision")).isEqualTo(Long.toString(revision));
            assertThat(Duration.ofNanos(resumed - stopped)).as("the stall").isLessThan(Duration.ofSeconds(60));
        }
    }

    @Test
    void shouldDeliverEveryRevisionOnceAcrossAServiceRestart() throws Exception {
        try (Subscriber subscriber = Subscriber.open(vertx, gateway.toURI(), "changes", CHANGES,
                Map.of("typenames", List.of("Person")))) {
            long first = awaitMarker(subscriber);
            int before = subscriber.changes().size();
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger refused = new AtomicInteger();
            Thread writer = new Thread(() -> {
                while (writing.get()) {
                    if (!createAtService("Restart " + UUID.randomUUID())) {
                        refused.incrementAndGet();
                        sleep(100);
                    }
                }
            }, "restart-writer");
            writer.start();
            long restart;
            try {
                Thread.sleep(1000);
                restart = System.nanoTime();
                GatewayStackResource.stack().restart(App.PEOPLE);
                restart = System.nanoTime() - restart;
                Thread.sleep(1000);
            } finally {
                writing.set(false);
                writer.join(30_000);
            }
            List<Long> committed = personRevisionsAfter(first);
            assertThat(subscriber.await(before + committed.size(), DELIVERY)).as("every committed revision").isTrue();
            Thread.sleep(1000); // anything sent twice would come now
            List<Long> delivered = revisions(subscriber);
            System.out.printf("people-service restarted in %d ms while written to: %d revisions committed, %d"
                    + " delivered to the subscriber, %d writes refused during the restart%n",
                    Duration.ofNanos(restart).toMillis(), committed.size(), delivered.size() - before, refused.get());
            assertThat(committed).as("writes before and after the restart").hasSizeGreaterThan(2);
            assertThat(delivered).as("none twice, in order").doesNotHaveDuplicates().isSorted();
            assertThat(delivered.subList(before, delivered.size())).as("each committed one").isEqualTo(committed);
        }
    }

    @Test
    void shouldDeliverEveryRevisionOnceAcrossCutConnections() throws Exception {
        CuttableProxy stream = StackWithCuttableStream.meetingsStream();
        try (Subscriber subscriber = Subscriber.open(vertx, gateway.toURI(), "changes", CHANGES,
                Map.of("typenames", List.of("Meeting")))) {
            int connections = stream.connections();
            List<String> written = new ArrayList<>();
            String marker = createMeeting("Cut marker");
            assertThat(subscriber.await(1, DELIVERY)).as("the marker").isTrue();
            long first = Long.parseLong(subscriber.changes().get(0).getString("revision"));
            for (int round = 0; round < 5; round++) {
                written.add(createMeeting("Cut before " + round));
                stream.cut();
                written.add(createMeeting("Cut after " + round)); // committed while the stream is away
                Thread.sleep(150);
            }
            List<Long> committed = revisionsAfter(App.MEETINGS, "Meeting", first);
            assertThat(subscriber.await(committed.size() + 1, DELIVERY)).as("every committed revision").isTrue();
            Thread.sleep(1000);
            List<Long> delivered = revisions(subscriber);
            System.out.printf("5 cuts of meetings-service's stream: %d new connections through the proxy, %d"
                    + " revisions committed, %d delivered%n", stream.connections() - connections, committed.size(),
                    delivered.size() - 1);
            assertThat(marker).isNotNull();
            assertThat(committed).hasSize(written.size());
            assertThat(delivered).as("none twice, in order").doesNotHaveDuplicates().isSorted();
            assertThat(delivered.subList(1, delivered.size())).as("each committed one").isEqualTo(committed);
            assertThat(stream.connections() - connections).as("reconnected after the cuts").isGreaterThanOrEqualTo(1);
        }
    }

    // --- writes and reads ---

    private static JsonPath createPerson(String name) {
        JsonPath created = given().contentType("application/json").auth().oauth2(token())
                .body(Map.of("query", "mutation($name: String!) { createPerson(input: {name: $name}) { id version } }",
                        "variables", Map.of("name", name)))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(created.getString("data.createPerson.id")).as(created.prettify()).isNotNull();
        return created;
    }

    private static String createMeeting(String title) {
        JsonPath created = given().contentType("application/json").auth().oauth2(token())
                .body(Map.of("query", "mutation($title: String!) { createMeeting(input: {title: $title, kind: TALKS,"
                        + " status: HELD, date: {edtf: \"2024-05-01\"}}) { id } }", "variables", Map.of("title", title)))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(created.getString("data.createMeeting.id")).as(created.prettify()).isNotNull();
        return created.getString("data.createMeeting.id");
    }

    /** A person created at people-service itself, as another writer would; false when it refused or was away. */
    private boolean createAtService(String name) {
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(
                    GatewayStackResource.stack().baseUri(App.PEOPLE).resolve("/people"))
                    .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token())
                    .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("name", name).encode())).build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 201;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Writes a new name for a person in people-service's database as another replica of the service would: the row,
     * a revision taken under the revision log's lock, its change, and the notification, in one transaction.
     */
    private static long writeAsAnotherReplica(UUID person, String name) throws Exception {
        try (Connection c = DriverManager.getConnection(GatewayStackResource.stack().jdbcUrl(App.PEOPLE),
                LocalPostgres.USER, ""); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select pg_advisory_xact_lock(" + 0x53554d4d49545259L + ")");
            try (PreparedStatement update = c.prepareStatement(
                    "update person set name = ?, names = ?, version = version + 1 where id = ?")) {
                update.setString(1, name);
                update.setString(2, name);
                update.setObject(3, person);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            s.execute("insert into revision (id, at, editor_id) values (nextval('revision_id_seq'), now(), 'replica')");
            s.execute("insert into change (revision, typename, record_id, root_typename, root_id, kind, fields)"
                    + " values (currval('revision_id_seq'), 'Person', '" + person + "', 'Person', '" + person
                    + "', 'UPDATED', '[]')");
            long revision;
            try (var rows = s.executeQuery("select currval('revision_id_seq')")) {
                rows.next();
                revision = rows.getLong(1);
            }
            s.execute("select pg_notify('summitry_changes', '" + revision + "')");
            c.commit();
            return revision;
        }
    }

    private static JsonPath read(String query, Map<String, Object> variables) {
        return given().contentType("application/json").body(Map.of("query", query, "variables", variables))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    private static void awaitHit(String query, Map<String, Object> variables) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!read(query, variables).getBoolean("extensions.responseCache.hit")) {
            assertThat(System.nanoTime()).as("the streams are followed and the answer cached").isLessThan(end);
            sleep(50);
        }
    }

    /** Waits until the gateway's health says it no longer follows the service's stream; how long that took. */
    private static Duration awaitNotFresh(String service, Duration atMost) {
        long started = System.nanoTime();
        while (given().get("/q/health/group/change-streams").then().extract().jsonPath()
                .getString("checks[0].data.'" + service + "'").startsWith("following")) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(service + " still followed").isLessThan(atMost);
            sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static Duration awaitName(String id, String name, Duration atMost) {
        long started = System.nanoTime();
        while (!name.equals(read(PERSON, Map.of("id", id)).getString("data.person.name"))) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered " + name).isLessThan(atMost);
            sleep(100);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Creates a person and waits for its revision: from then on the subscription is known to be open. */
    private long awaitMarker(Subscriber subscriber) throws InterruptedException {
        for (int attempt = 0; attempt < 10 && subscriber.changes().isEmpty(); attempt++) {
            createPerson("Marker");
            subscriber.await(1, Duration.ofSeconds(2));
        }
        assertThat(subscriber.changes()).as("the marker").isNotEmpty();
        Thread.sleep(500); // a marker's revision that came late
        List<Long> seen = revisions(subscriber);
        return seen.get(seen.size() - 1);
    }

    private List<Long> personRevisionsAfter(long revision) {
        return revisionsAfter(App.PEOPLE, "Person", revision);
    }

    /** The service's revisions after one that changed a record of the type, oldest first, from its own log. */
    private static List<Long> revisionsAfter(App service, String typename, long revision) {
        List<Long> revisions = new ArrayList<>();
        String after = null;
        do {
            var request = given().baseUri(GatewayStackResource.stack().baseUri(service).toString())
                    .queryParam("typename", typename).queryParam("first", 100);
            if (after != null) {
                request = request.queryParam("after", after);
            }
            JsonPath page = request.get("/changes").then().statusCode(200).extract().jsonPath();
            List<Long> found = page.getList("edges.node.revision", Long.class);
            boolean older = false;
            for (long r : found) {
                if (r > revision) {
                    revisions.add(0, r);
                } else {
                    older = true;
                }
            }
            after = older || !page.getBoolean("pageInfo.hasNextPage") ? null : page.getString("pageInfo.endCursor");
        } while (after != null);
        return revisions.stream().distinct().sorted().toList();
    }

    private static List<Long> revisions(Subscriber subscriber) {
        return subscriber.changes().stream().map(change -> Long.parseLong(change.getString("revision"))).toList();
    }

    private static String token() {
        return GatewayStackResource.stack().editorToken();
    }

    private static void signal(String signal, long pid) throws Exception {
        assertThat(ProcessHandle.current().descendants().anyMatch(p -> p.pid() == pid))
                .as("a process this JVM started").isTrue();
        assertThat(new ProcessBuilder("kill", signal, Long.toString(pid)).inheritIO().start().waitFor()).isZero();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
