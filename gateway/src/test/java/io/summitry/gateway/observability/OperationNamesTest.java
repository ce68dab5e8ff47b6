package io.summitry.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Operation names become metric labels only from a bounded set. */
class OperationNamesTest {

    private static final int LIMIT = 2;

    @Test
    void shouldKeepTheFirstNamesAndCountLaterOnesAsOther() {
        OperationNames names = new OperationNames(LIMIT);

        assertThat(names.label(Optional.of("Recent"))).isEqualTo("Recent");
        assertThat(names.label(Optional.of("Person"))).isEqualTo("Person");
        assertThat(names.label(Optional.of("Third"))).isEqualTo("other");
        assertThat(names.label(Optional.of("Recent"))).isEqualTo("Recent");
    }

    @Test
    void shouldLabelAnOperationWithoutANameAnonymous() {
        OperationNames names = new OperationNames(LIMIT);

        assertThat(names.label(Optional.empty())).isEqualTo("anonymous");
        assertThat(names.label(Optional.of(" "))).isEqualTo("anonymous");
        assertThat(names.label(Optional.of("First"))).isEqualTo("First");
    }
}
