package io.summitry.service.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.summitry.problem.ProblemException;

class CursorTest {

    @Test
    void shouldDecodeWhatItEncodedNullsAndSeparatorsIncluded() {
        UUID id = UUID.randomUUID();
        String cursor = Cursor.encode("k1", "a.b|c~", null, id);

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode("after", cursor, "k1", 3)).isEqualTo(Arrays.asList("a.b|c~", null, id.toString()));
    }

    @Test
    void shouldRefuseACursorOfAnotherListOrGarbageNamingTheParameter() {
        String other = Cursor.encode("k2", "x");

        for (String bad : new String[] {other, "garbage!", Cursor.encode("k1", "x", "y")}) {
            assertThatThrownBy(() -> Cursor.decode("before", bad, "k1", 1))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.type().status()).isEqualTo(400);
                        assertThat(e.errors().get(0).field()).isEqualTo("before");
                        assertThat(e.errors().get(0).message()).contains("is not a cursor of this list");
                    });
        }
    }
}
