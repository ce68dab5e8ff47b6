package io.summitry.people.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.summitry.postgres.PostgresTestResource;
import io.summitry.testing.DatabaseStall;

/**
 * A stalled database (every PostgreSQL process stopped with SIGSTOP, as a stuck disk or a partition looks) costs each
 * request at most 2 s and a 503 problem+json with Retry-After; the service stays alive meanwhile and serves again by
 * itself once the database resumes. DatabaseOutageTest covers a database that refuses connections instead.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class DatabaseStallTest {

    // The aim is 2 s; requests that queue for the pool wait up to its acquisition timeout (2 s) on top of the
    // statement or network timeout, so the bound held every run is 5 s. Before the bounds, a request waited minutes.
    private static final Duration BOUND = Duration.ofSeconds(5);

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldAnswer503WithinItsBoundWhileTheDatabaseIsStalledAndRecoverByItself() throws Exception {
        DatabaseStall.Report report = DatabaseStall.of(base.toURI(), "/people").clients(6).stall(Duration.ofSeconds(8))
                .run(PostgresTestResource.connectToCurrentDatabase());

        System.out.printf("people-service under a stalled database: %d answers, slowest %d ms (%d ms before the"
                + " stall), %d during the stall%n", report.answers().size(), report.slowest().toMillis(),
                report.slowestBeforeTheStall().toMillis(), report.duringStall().size());
        // on a busy machine, plus what a request took there before the stall
        assertThat(report.slowest()).as("every request answered within the bound\n" + report.timeline())
                .isLessThan(BOUND.plus(report.slowestBeforeTheStall()));
        assertThat(report.duringStall()).as("requests sent and answered while the database was stopped").hasSizeGreaterThan(6)
                .allSatisfy(answer -> {
                    assertThat(answer.status()).isEqualTo(503);
                    assertThat(answer.contentType()).startsWith("application/problem+json");
                    assertThat(answer.retryAfter()).isNotBlank();
                    assertThat(answer.body()).contains("\"status\":503").doesNotContain("Exception");
                });
        assertThat(report.liveness()).as("liveness keeps answering: threads are not all stuck on the database")
                .isNotEmpty()
                .allSatisfy(answer -> {
                    assertThat(answer.status()).isEqualTo(200);
                    assertThat(answer.latency()).isLessThan(Duration.ofSeconds(1));
                });
        assertThat(report.after(Duration.ofSeconds(2))).as("answers once the database is back").isNotEmpty()
                .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
    }
}
