package io.summitry.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A misbehaving service (a proxy injecting faults) is answered with the right code, quickly, without leaking what went wrong inside. */
@QuarkusTest
class FaultInjectionTest {

    static final String PERSON = "query($id: ID!) { person(id: $id) { name } }";
    static final String UPDATE = """
            mutation($id: ID!) { updatePerson(id: $id, expectedVersion: 1, input: {name: "X", nationality: "Korea"})
              { name } }""";
    static final String ID = Base64.getUrlEncoder().withoutPadding()
            .encodeToString(("Person:" + UUID.randomUUID()).getBytes());

    static JsonPath ask(FaultProxy.Mode mode, String query) {
        GatewayStackResource.peopleFault(mode);
        try {
            return GraphQL.post(query, "id", ID);
        } finally {
            GatewayStackResource.peopleFault(FaultProxy.Mode.PASS_THROUGH);
        }
    }

    @Test
    void shouldAnswerUpstreamUnavailableForAServerError() {
        JsonPath answer = ask(FaultProxy.Mode.SERVER_ERROR, PERSON);
        assertThat(GraphQL.codes(answer)).containsExactly("UPSTREAM_UNAVAILABLE");
        assertThat(answer.getString("errors[0].extensions.service")).isEqualTo("people-service");
        assertThat(answer.prettify()).doesNotContain("incident 42");
    }

    @Test
    void shouldAnswerUpstreamUnavailableForGarbage() {
        JsonPath answer = ask(FaultProxy.Mode.GARBAGE, PERSON);
        assertThat(GraphQL.codes(answer)).containsExactly("UPSTREAM_UNAVAILABLE");
        assertThat(answer.prettify()).doesNotContain("Exception").doesNotContain("jackson");
    }

    @Test
    void shouldGiveUpOnASlowServiceAtTheDeadline() {
        long start = System.nanoTime();
        JsonPath answer = ask(FaultProxy.Mode.SLOW, PERSON);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(GraphQL.codes(answer)).containsExactly("UPSTREAM_UNAVAILABLE");
        assertThat(millis).isLessThan(FaultProxy.SLOW_MILLIS);
    }

    @Test
    void shouldPassOnTheServicesReasonForRefusingInput() {
        JsonPath answer = ask(FaultProxy.Mode.BAD_REQUEST, UPDATE);
        assertThat(GraphQL.codes(answer)).containsExactly("BAD_USER_INPUT");
        assertThat(answer.getString("errors[0].message")).contains("nationality").contains("ISO 3166-1");
    }

    @Test
    void shouldAnswerConflictForAStaleVersion() {
        assertThat(GraphQL.codes(ask(FaultProxy.Mode.CONFLICT, UPDATE))).containsExactly("CONFLICT");
    }
}
