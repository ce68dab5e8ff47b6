package io.summitry.edtf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EDTF one-of sets: "some day in the first half of 2025" is a day within those bounds, not a span lasting them. */
class FuzzyDateOneOfTest {

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            [2025-01-01..2025-06-30]          | 2025-01-01 | 2025-06-30
            [2025-01-10,2025-01-12]           | 2025-01-10 | 2025-01-12
            [2025-01..2025-06]                | 2025-01-01 | 2025-06-30
            [2025-03-02,2025-05]              | 2025-03-02 | 2025-05-31
            [2025-05-02,2025-03-01..2025-03-03] | 2025-03-01 | 2025-05-02
            [2025-09-10]                      | 2025-09-10 | 2025-09-10
            [2025-40..2025-41]                | 2025-01-01 | 2025-12-31
            """)
    void shouldBeWithinTheBoundsOfItsMembers(String edtf, LocalDate earliest, LocalDate latest) {
        FuzzyDate date = FuzzyDate.parse(edtf);
        assertThat(date.precision()).isEqualTo(Precision.WITHIN);
        assertThat(date.earliest()).isEqualTo(earliest);
        assertThat(date.latest()).isEqualTo(latest);
        // No qualifier can stand in a set, so its search bounds are its bounds.
        assertThat(date.searchFrom()).isEqualTo(earliest);
        assertThat(date.searchTo()).isEqualTo(latest);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            [2025-01-01..2025-06-30]          | some day between January and June 2025
            [2025-01..2025-06]                | some day between January and June 2025
            [2024-12-01..2025-02-28]          | some day between December 2024 and February 2025
            [2025-04-01..2025-04-30]          | some day in April 2025
            [2025-01-01..2025-12-31]          | some day in 2025
            [2025-01-10..2025-01-20]          | some day between 10 and 20 January 2025
            [2025-01-10..2025-02-03]          | some day between 10 January and 3 February 2025
            [2024-12-30..2025-01-02]          | some day between 30 December 2024 and 2 January 2025
            [2025-01-10,2025-01-12]           | 10 or 12 January 2025
            [2025-01-10,2025-01-11,2025-01-12] | 10, 11 or 12 January 2025
            [2025-01-31,2025-02-01]           | 31 January 2025 or 1 February 2025
            [2025-03-02,2025-05]              | 2 March 2025 or May 2025
            [2025-09-10]                      | 10 September 2025
            """)
    void shouldSayItIsSomeDayWithin(String edtf, String text) {
        assertThat(FuzzyDate.parse(edtf).text()).isEqualTo(text);
    }

    @Test
    void shouldDifferFromAnIntervalWithTheSameBounds() {
        FuzzyDate oneOf = FuzzyDate.parse("[2025-01-01..2025-06-30]");
        FuzzyDate span = FuzzyDate.parse("2025-01-01/2025-06-30");
        assertThat(oneOf.earliest()).isEqualTo(span.earliest());
        assertThat(oneOf.latest()).isEqualTo(span.latest());
        assertThat(span.precision()).isEqualTo(Precision.RANGE);
        assertThat(oneOf.precision()).isEqualTo(Precision.WITHIN);
        assertThat(oneOf.text()).isNotEqualTo(span.text());
    }

    @ParameterizedTest(name = "''{0}'' at {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            []                        | 1  | at least one date
            [2025-01-01..2025-06-30   | 22 | ends with ']'
            [..2025-06-30]            | 1  | dates on both sides
            [2025-01-01..]            | 11 | dates on both sides
            [2025-01-01~,2025-01-03]  | 11 | qualifiers inside a one-of set
            [2025-06-30..2025-01-01]  | 13 | before it starts
            [2025-01-01,,2025-01-03]  | 12 | expected a date
            [XXXX]                    | 1  | unknown date
            [2025-01-01/2025-02-01]   | 11 | unexpected character '/'
            {2025-01-01,2025-01-03}   | 0  | all-of sets
            """)
    void shouldRejectWithPositionAndReason(String edtf, int position, String reason) {
        assertThatThrownBy(() -> FuzzyDate.parse(edtf))
                .isInstanceOfSatisfying(EdtfParseException.class, e -> {
                    assertThat(e.position()).isEqualTo(position);
                    assertThat(e.getMessage()).contains(edtf).contains(reason);
                });
    }

    @Test
    void shouldLimitTheNumberOfMembers() {
        StringBuilder days = new StringBuilder("[");
        for (int day = 1; day <= EdtfParser.MAX_MEMBERS + 1; day++) {
            days.append(day > 1 ? "," : "").append(LocalDate.of(2025, 1, 1).plusDays(day - 1));
        }
        String tooMany = days.append(']').toString();
        assertThatThrownBy(() -> FuzzyDate.parse(tooMany)).isInstanceOf(EdtfParseException.class)
                .hasMessageContaining("at most " + EdtfParser.MAX_MEMBERS);
        assertThat(FuzzyDate.parse(tooMany.replace(",2025-02-01]", "]")).precision()).isEqualTo(Precision.WITHIN);
    }
}
