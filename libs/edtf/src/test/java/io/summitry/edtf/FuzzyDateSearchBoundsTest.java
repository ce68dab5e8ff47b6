package io.summitry.edtf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bounds a search uses: an approximate or uncertain date ({@code ~ ? %}) is widened by one unit of its precision
 * on each side, as python-edtf's lower_fuzzy/upper_fuzzy do, so "about March 2007" is found in April 2007.
 */
class FuzzyDateSearchBoundsTest {

    @ParameterizedTest(name = "{0} -> search {1}..{2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2007-03             | 2007-03-01 | 2007-03-31
            2007-03~            | 2007-02-01 | 2007-04-30
            2007-03?            | 2007-02-01 | 2007-04-30
            2007-03%            | 2007-02-01 | 2007-04-30
            2025-02~            | 2025-01-01 | 2025-03-31
            2024-09-10~         | 2024-09-09 | 2024-09-11
            2024-12-31?         | 2024-12-30 | 2025-01-01
            2025~               | 2024-01-01 | 2026-12-31
            2025-21~            | 2024-12-01 | 2025-08-31
            2025-33?            | 2024-10-01 | 2025-06-30
            2025-37~            | 2024-09-01 | 2025-08-31
            2025-40~            | 2024-07-01 | 2025-12-31
            202X~               | 2010-01-01 | 2039-12-31
            19XX?               | 1800-01-01 | 2099-12-31
            XXXX~               | null       | null
            2025-04-22~/2025-04-23 | 2025-04-21 | 2025-04-23
            2025-04/2025-06?    | 2025-04-01 | 2025-07-31
            2025-04~/..         | 2025-03-01 | null
            ../2025?            | null       | 2026-12-31
            """)
    void shouldWidenApproximateAndUncertainDatesByOneUnit(String edtf, LocalDate from, LocalDate to) {
        FuzzyDate date = FuzzyDate.parse(edtf);
        assertThat(date.searchFrom()).isEqualTo(from);
        assertThat(date.searchTo()).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "2024-09-10", "2025-04", "2025", "2025-40", "2025-04-22/2025-04-23", "2025/..", "XXXX" })
    void shouldKeepTheBoundsOfAPlainDate(String edtf) {
        FuzzyDate date = FuzzyDate.parse(edtf);
        assertThat(date.searchFrom()).isEqualTo(date.earliest());
        assertThat(date.searchTo()).isEqualTo(date.latest());
    }
}
