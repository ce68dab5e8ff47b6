package io.summitry.service.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.summitry.problem.ProblemException;
import io.summitry.problem.ProblemType;

class VersionsTest {

    @Test
    void shouldReadStrongWeakAndBareVersions() {
        assertThat(Versions.expected("\"3\"")).isEqualTo(3);
        assertThat(Versions.expected(" W/\"4\" ")).isEqualTo(4);
        assertThat(Versions.expected("5")).isEqualTo(5);
    }

    @Test
    void shouldAskForTheHeaderWhenItIsMissing() {
        for (String missing : new String[] {null, " "}) {
            assertThatThrownBy(() -> Versions.expected(missing)).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
        }
    }

    @Test
    void shouldRefuseAHeaderThatHoldsNoVersionNamingIt() {
        assertThatThrownBy(() -> Versions.expected("\"abc\"")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.INVALID_INPUT);
            assertThat(e.errors().get(0).field()).isEqualTo("If-Match");
        });
    }

    @Test
    void shouldRefuseAStaleVersion() {
        Versions.check("Thing", 1, 2, 2);
        assertThatThrownBy(() -> Versions.check("Thing", 1, 2, 3)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.STALE_VERSION));
    }

    @Test
    void shouldTagAVersionAsAStrongEtag() {
        assertThat(Versions.etag(7).getValue()).isEqualTo("7");
        assertThat(Versions.etag(7).isWeak()).isFalse();
    }
}
