package io.summitry.service.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import io.summitry.problem.ProblemException;

class PageRequestTest {

    private static String refusedField(ThrowingCallable call) {
        ProblemException[] caught = new ProblemException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> caught[0] = e);
        assertThat(caught[0].type().status()).isEqualTo(400);
        return caught[0].errors().get(0).field();
    }

    @Test
    void shouldPageForwardTwentyRowsByDefault() {
        assertThat(PageRequest.of(null, null, null, null)).isEqualTo(new PageRequest(20, false, null));
        assertThat(PageRequest.of(" 5 ", "c", null, null)).isEqualTo(new PageRequest(5, false, "c"));
        assertThat(PageRequest.of(7, "")).isEqualTo(new PageRequest(7, false, null));
    }

    @Test
    void shouldPageBackwardWithLastOrBefore() {
        assertThat(PageRequest.of(null, null, "3", "c")).isEqualTo(new PageRequest(3, true, "c"));
        assertThat(PageRequest.of(null, null, null, "c")).isEqualTo(new PageRequest(20, true, "c"));
        assertThat(PageRequest.of(null, null, "3", null).cursorParameter()).isEqualTo("before");
        assertThat(PageRequest.of(null, "c", null, null).cursorParameter()).isEqualTo("after");
    }

    @Test
    void shouldRefuseSizesOutOfRangeNamingTheParameter() {
        assertThat(refusedField(() -> PageRequest.of("-1", null, null, null))).isEqualTo("first");
        assertThat(refusedField(() -> PageRequest.of("101", null, null, null))).isEqualTo("first");
        assertThat(refusedField(() -> PageRequest.of("ten", null, null, null))).isEqualTo("first");
        assertThat(refusedField(() -> PageRequest.of(null, null, "101", null))).isEqualTo("last");
        assertThat(PageRequest.of("0", null, null, null).size()).isZero();
        assertThat(PageRequest.of("100", null, null, null).size()).isEqualTo(100);
    }

    @Test
    void shouldRefuseMixedDirectionsNamingTheParameterThatDoesNotFit() {
        assertThat(refusedField(() -> PageRequest.of("2", null, "2", null))).isEqualTo("last");
        assertThat(refusedField(() -> PageRequest.of(null, "a", null, "b"))).isEqualTo("before");
        assertThat(refusedField(() -> PageRequest.of(null, "a", "2", null))).isEqualTo("after");
        assertThat(refusedField(() -> PageRequest.of("2", null, null, "b"))).isEqualTo("before");
    }
}
