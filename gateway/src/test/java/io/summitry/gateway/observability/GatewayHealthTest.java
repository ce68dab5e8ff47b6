package io.summitry.gateway.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summitry.gateway.GatewayStackResource;
import io.summitry.stack.App;

/** The gateway is ready with its schema; the services' state is shown, and a dead service does not make it unready. */
@QuarkusTest
@QuarkusTestResource(value = GatewayStackResource.class, restrictToAnnotatedClass = false)
class GatewayHealthTest {

    private static final String NOTHING_LISTENS = "http://127.0.0.1:9";

    @Test
    void shouldBeReadyWithItsSchemaAndShowBothServices() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'graphql schema' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'downstream services' }.data.'people-service'", equalTo("UP"))
                .body("checks.find { it.name == 'downstream services' }.data.'meetings-service'", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/health/started").then().statusCode(200);
    }

    @Test
    void shouldStayUpButShowAServiceThatDoesNotAnswer() {
        DownstreamServicesCheck check = new DownstreamServicesCheck(NOTHING_LISTENS,
                GatewayStackResource.stack().baseUri(App.MEETINGS).toString());

        HealthCheckResponse response = check.call().await().atMost(Duration.ofSeconds(10));

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow()).containsEntry("people-service", "DOWN")
                .containsEntry("meetings-service", "UP");
    }
}
