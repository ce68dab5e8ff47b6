package io.summitry.people.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.IntSupplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * When the database goes away the service says so (readiness DOWN, 503 problem+json with Retry-After, no stack
 * trace) and comes back by itself once the database returns. The outage is made by refusing new connections to the
 * service's database and terminating the open ones.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class DatabaseOutageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void shouldAnswer503WhileTheDatabaseIsDownAndRecoverByItself() throws Exception {
        given().when().get("/people").then().statusCode(200);
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        try {
            admin("alter database " + database + " allow_connections false",
                    "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                            + "' and pid <> pg_backend_pid()");

            assertThat(waitFor(() -> given().when().get("/q/health/ready").then().extract().statusCode(), 503))
                    .isLessThan(PATIENCE);
            given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            given().when().get("/people").then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("status", equalTo(503))
                    .body("title", equalTo("Service unavailable"))
                    .body(not(containsString("Exception")))
                    .body(not(containsString("org.")));
            given().when().get("/organizations").then().statusCode(503);
        } finally {
            admin("alter database " + database + " allow_connections true");
        }
        Duration recovery = waitFor(() -> given().when().get("/people").then().extract().statusCode(), 200);
        System.out.printf("people-service recovered %d ms after the database came back%n", recovery.toMillis());
        assertThat(recovery).isLessThan(PATIENCE);
        assertThat(waitFor(() -> given().when().get("/q/health/ready").then().extract().statusCode(), 200))
                .isLessThan(PATIENCE);
    }

    private void admin(String... statements) throws SQLException {
        String server = jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(server, "postgres", ""); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static Duration waitFor(IntSupplier status, int expected) throws InterruptedException {
        long start = System.nanoTime();
        while (status.getAsInt() != expected) {
            if (Duration.ofNanos(System.nanoTime() - start).compareTo(PATIENCE) > 0) {
                break;
            }
            Thread.sleep(100);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
