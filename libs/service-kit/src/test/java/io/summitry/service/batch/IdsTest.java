package io.summitry.service.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.summitry.api.IdsRequest;
import io.summitry.problem.ProblemException;

class IdsTest {

    private static final String ID = "00000000-0000-4000-8000-000000000001";

    private static void assertRefused(Runnable call, String field, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type().status()).isEqualTo(400);
            assertThat(e.errors().get(0).field()).isEqualTo(field);
            assertThat(e.errors().get(0).message()).contains(message);
        });
    }

    @Test
    void shouldReadAnIdOrNameTheFieldThatHoldsNone() {
        assertThat(Ids.parse("id", ID)).isEqualTo(UUID.fromString(ID));
        assertRefused(() -> Ids.parse("id", "1-1-1-1-1"), "id", "'1-1-1-1-1' is not a UUID");
        assertRefused(() -> Ids.parse("id", " "), "id", "is required");
        assertRefused(() -> Ids.parse("id", "x".repeat(100)), "id", "x".repeat(60) + "…'");
    }

    @Test
    void shouldLeaveAnAbsentOptionalIdNull() {
        assertThat(Ids.optional("parentId", null)).isNull();
        assertThat(Ids.optional("parentId", "")).isNull();
        assertRefused(() -> Ids.optional("parentId", "nope"), "parentId", "is not a UUID");
    }

    @Test
    void shouldReadBatchKeysInOrderNamingTheBadOne() {
        assertThat(Ids.of(new IdsRequest(List.of(ID, ID)))).hasSize(2);
        assertRefused(() -> Ids.of(List.of(ID, "nope")), "ids[1]", "is not a UUID");
        assertRefused(() -> Ids.of((IdsRequest) null), "ids", "is required");
        assertRefused(() -> Ids.of(new ArrayList<>(Collections.nCopies(IdsRequest.MAX_IDS + 1, ID))), "ids",
                "at most");
    }

    @Test
    void shouldReadRepeatedQueryParameters() {
        assertThat(Ids.ofParams("participant", null)).isEmpty();
        assertRefused(() -> Ids.ofParams("participant", List.of("42")), "participant", "is not a UUID");
    }

    @Test
    void shouldWriteAPostgresArrayLiteral() {
        assertThat(Ids.sqlArray(Arrays.asList(ID, null))).isEqualTo("{" + ID + ",NULL}");
        assertThat(Ids.sqlArray(List.of())).isEqualTo("{}");
    }
}
