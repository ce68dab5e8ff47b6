package io.summitry.service.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.summitry.api.FuzzyDateInput;
import io.summitry.problem.ProblemException;

class FuzzyDatesTest {

    @Test
    void shouldRefuseInvalidEdtfNamingTheFieldTheInputAndWhere() {
        assertThatThrownBy(() -> FuzzyDates.parse("start", new FuzzyDateInput("2024-13-45", null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("start.edtf");
                    assertThat(e.errors().get(0).message()).contains("'2024-13-45'").contains("position");
                });
    }

    @Test
    void shouldRequireADateWhereOneMustBe() {
        assertThatThrownBy(() -> FuzzyDates.parse("date", null)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("date"));
    }

    @Test
    void shouldStoreBoundsPrecisionAndAStrippedNote() {
        FuzzyDateColumns columns = FuzzyDateColumns.of("end", new FuzzyDateInput(" 2023-03 ", "  resigned "));

        assertThat(columns.edtf).isEqualTo("2023-03");
        assertThat(columns.earliest).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(columns.latest).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(columns.note).isEqualTo("resigned");
        assertThat(FuzzyDateColumns.of("end", null)).isNull();
        assertThat(FuzzyDateColumns.toDto(columns).edtf()).isEqualTo("2023-03");
        assertThat(FuzzyDateColumns.toDto(null)).isNull();
    }

    @Test
    void shouldAnswerAStoredDateAgain() {
        assertThat(FuzzyDates.stored("2025-40", "first half").note()).isEqualTo("first half");
        assertThat(FuzzyDates.stored(null, "x")).isNull();
    }
}
