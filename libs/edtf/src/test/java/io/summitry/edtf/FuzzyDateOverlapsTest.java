package io.summitry.edtf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzyDateOverlapsTest {

    @ParameterizedTest(name = "{0} overlaps {1}..{2}: {3}")
    @CsvSource(nullValues = "null", textBlock = """
            # a day against intervals that touch it on either edge, or miss it by one day
            2024-09-10,            2024-09-10, 2024-09-10, true
            2024-09-10,            2024-09-01, 2024-09-10, true
            2024-09-10,            2024-09-10, 2024-09-30, true
            2024-09-10,            2024-09-01, 2024-09-09, false
            2024-09-10,            2024-09-11, 2024-09-30, false
            # a range, inclusive at both ends
            2025-04-22/2025-04-23, 2025-04-23, 2025-04-23, true
            2025-04-22/2025-04-23, 2025-04-21, 2025-04-22, true
            2025-04-22/2025-04-23, 2025-04-24, 2025-05-01, false
            2025-04-22/2025-04-23, 2025-04-01, 2025-04-21, false
            # a half-year against a day in March, and one in July
            2025-40,               2025-03-15, 2025-03-15, true
            2025-40,               2025-06-30, 2025-06-30, true
            2025-40,               2025-07-01, 2025-07-01, false
            2025-41,               2025-03-15, 2025-03-15, false
            # a winter reaching into the next year
            2025-24,               2026-02-28, 2026-02-28, true
            2025-24,               2026-03-01, 2026-03-31, false
            # unbounded arguments
            2025-04,               null,       2025-04-01, true
            2025-04,               null,       2025-03-31, false
            2025-04,               2025-04-30, null,       true
            2025-04,               2025-05-01, null,       false
            2025-04,               null,       null,       true
            # open and unknown ends of this date
            2025-01-01/..,         2099-01-01, 2099-12-31, true
            2025-01-01/..,         2024-12-31, 2024-12-31, false
            ../2025,               1000-01-01, 1000-01-01, true
            ../2025,               2026-01-01, 2026-01-01, false
            2025/,                 2030-01-01, null,       true
            /2025,                 null,       2024-01-01, true
            /2025,                 2026-01-01, null,       false
            XXXX,                  2025-01-01, 2025-01-01, true
            """)
    void shouldOverlapInclusively(String edtf, LocalDate from, LocalDate to, boolean overlaps) {
        assertThat(FuzzyDate.parse(edtf).overlaps(from, to)).isEqualTo(overlaps);
    }

    @Test
    void shouldRejectAnIntervalThatEndsBeforeItStarts() {
        FuzzyDate date = FuzzyDate.parse("2025");

        assertThatThrownBy(() -> date.overlaps(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
