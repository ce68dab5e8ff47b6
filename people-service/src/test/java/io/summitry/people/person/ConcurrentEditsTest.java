package io.summitry.people.person;

import static io.restassured.RestAssured.given;
import static io.summitry.people.Fixtures.createPerson;
import static io.summitry.people.Fixtures.person;
import static io.summitry.people.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** No lost updates: of many editors who read the same version, exactly one wins and the rest learn of it. */
@QuarkusTest
class ConcurrentEditsTest {

    private static final int EDITORS = 50;

    @Test
    void shouldLetExactlyOneOfFiftyConcurrentUpdatesWinAndStoreItsInput() throws Exception {
        String id = createPerson("Contested " + unique());
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < EDITORS; i++) {
                Map<String, Object> body = person("Contested by editor " + i);
                body.put("summary", "edit " + i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                            .when().put("/people/" + id);
                }));
            }
            start.countDown();
            List<Response> winners = new ArrayList<>();
            int conflicts = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                if (response.statusCode() == 200) {
                    winners.add(response);
                } else {
                    assertThat(response.statusCode()).isEqualTo(409);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    conflicts++;
                }
            }
            assertThat(winners).hasSize(1);
            assertThat(conflicts).isEqualTo(EDITORS - 1);
            String winnerName = winners.get(0).path("name");
            String winnerSummary = winners.get(0).path("summary");
            Response stored = given().when().get("/people/" + id);
            assertThat(stored.<String> path("name")).isEqualTo(winnerName);
            assertThat(stored.<String> path("summary")).isEqualTo(winnerSummary);
            assertThat(stored.<Integer> path("version")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
