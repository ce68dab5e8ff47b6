package io.summitry.service.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.summitry.problem.ProblemException;

class QueryParamsTest {

    enum Colour { RED, GREEN }

    @Test
    void shouldReadDatesOrNameTheParameter() {
        assertThat(QueryParams.date("from", " 2025-03-31 ")).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(QueryParams.date("from", "")).isNull();
        assertThatThrownBy(() -> QueryParams.date("from", "2025-02-30")).isInstanceOfSatisfying(
                ProblemException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("from"));
    }

    @Test
    void shouldReadEnumsInAnyCaseOrListTheChoices() {
        assertThat(QueryParams.enums("colour", List.of("red", " Green"), Colour.class))
                .containsExactly(Colour.RED, Colour.GREEN);
        assertThat(QueryParams.enums("colour", null, Colour.class)).isEmpty();
        assertThatThrownBy(() -> QueryParams.enumValue("colour", "blue", Colour.class)).isInstanceOfSatisfying(
                ProblemException.class, e -> assertThat(e.errors().get(0).message()).contains("[RED, GREEN]"));
    }

    @Test
    void shouldNormaliseCountryCodes() {
        assertThat(QueryParams.countryCodes(List.of(" de", "FR"))).containsExactly("DE", "FR");
    }
}
