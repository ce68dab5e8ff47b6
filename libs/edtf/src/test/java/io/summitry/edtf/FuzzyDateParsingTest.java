package io.summitry.edtf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FuzzyDateParsingTest {

    @ParameterizedTest(name = "{0} -> {1}..{2} {3}")
    @CsvSource(nullValues = "null", textBlock = """
            # level 0
            2024-09-10,             2024-09-10,  2024-09-10,  DAY
            2025-04,                2025-04-01,  2025-04-30,  MONTH
            2025,                   2025-01-01,  2025-12-31,  YEAR
            0000,                   0000-01-01,  0000-12-31,  YEAR
            -0044-03-15,            -0044-03-15, -0044-03-15, DAY
            -2025,                  -2025-01-01, -2025-12-31, YEAR
            2025-04-22/2025-04-23,  2025-04-22,  2025-04-23,  RANGE
            2024/2025-06,           2024-01-01,  2025-06-30,  RANGE
            2025-04/2025,           2025-04-01,  2025-12-31,  RANGE
            2025/2025,              2025-01-01,  2025-12-31,  RANGE
            2025-21/2025-41,        2025-03-01,  2025-12-31,  RANGE
            # level 1 qualifiers, alone and in intervals
            2025?,                  2025-01-01,  2025-12-31,  YEAR
            2025-04~,               2025-04-01,  2025-04-30,  MONTH
            2024-09-10%,            2024-09-10,  2024-09-10,  DAY
            2025-04-22~/2025-04-23, 2025-04-22,  2025-04-23,  RANGE
            2025-04-22/2025-04-23?, 2025-04-22,  2025-04-23,  RANGE
            2024%/2025-06~,         2024-01-01,  2025-06-30,  RANGE
            # level 1 unspecified digits
            202X,                   2020-01-01,  2029-12-31,  DECADE
            20XX,                   2000-01-01,  2099-12-31,  CENTURY
            199X~,                  1990-01-01,  1999-12-31,  DECADE
            XXXX,                   null,        null,        UNKNOWN
            2025-XX,                2025-01-01,  2025-12-31,  YEAR
            2025-04-XX,             2025-04-01,  2025-04-30,  MONTH
            2024-02-XX,             2024-02-01,  2024-02-29,  MONTH
            2025-XX-XX,             2025-01-01,  2025-12-31,  YEAR
            # level 1 seasons, northern meteorological
            2025-21,                2025-03-01,  2025-05-31,  SEASON
            2025-22,                2025-06-01,  2025-08-31,  SEASON
            2025-23,                2025-09-01,  2025-11-30,  SEASON
            2025-24,                2025-12-01,  2026-02-28,  SEASON
            2023-24,                2023-12-01,  2024-02-29,  SEASON
            # level 1 open and unknown interval ends
            2025-01-01/..,          2025-01-01,  null,        RANGE
            ../2025,                null,        2025-12-31,  RANGE
            2025/,                  2025-01-01,  null,        RANGE
            /2025,                  null,        2025-12-31,  RANGE
            XXXX/2025,              null,        2025-12-31,  RANGE
            ../2025-04-XX,          null,        2025-04-30,  RANGE
            # level 1 long years
            Y170000002,             +170000002-01-01, +170000002-12-31,  YEAR
            Y-170000002,            -170000002-01-01, -170000002-12-31, YEAR
            Y999999999,             +999999999-01-01, +999999999-12-31,  YEAR
            Y-999999999,            -999999999-01-01, -999999999-12-31, YEAR
            Y0012345?,              +12345-01-01,     +12345-12-31,      YEAR
            # level 2 sub-year groupings
            2025-25,                2025-03-01,  2025-05-31,  SEASON
            2025-26,                2025-06-01,  2025-08-31,  SEASON
            2025-27,                2025-09-01,  2025-11-30,  SEASON
            2025-28,                2025-12-01,  2026-02-28,  SEASON
            2025-29,                2025-09-01,  2025-11-30,  SEASON
            2025-30,                2025-12-01,  2026-02-28,  SEASON
            2025-31,                2025-03-01,  2025-05-31,  SEASON
            2025-32,                2025-06-01,  2025-08-31,  SEASON
            2025-33,                2025-01-01,  2025-03-31,  QUARTER
            2025-34,                2025-04-01,  2025-06-30,  QUARTER
            2025-35,                2025-07-01,  2025-09-30,  QUARTER
            2025-36,                2025-10-01,  2025-12-31,  QUARTER
            2025-37,                2025-01-01,  2025-04-30,  QUADRIMESTER
            2025-38,                2025-05-01,  2025-08-31,  QUADRIMESTER
            2025-39,                2025-09-01,  2025-12-31,  QUADRIMESTER
            2025-40,                2025-01-01,  2025-06-30,  HALF_YEAR
            2025-41,                2025-07-01,  2025-12-31,  HALF_YEAR
            2025-41?,               2025-07-01,  2025-12-31,  HALF_YEAR
            """)
    void shouldDeriveBoundsAndPrecision(String edtf, LocalDate earliest, LocalDate latest, Precision precision) {
        FuzzyDate date = FuzzyDate.parse(edtf);

        assertThat(date).isEqualTo(new FuzzyDate(edtf, earliest, latest, precision));
        assertThat(date.edtf()).isEqualTo(edtf);
        assertThat(date.earliest()).isEqualTo(earliest);
        assertThat(date.latest()).isEqualTo(latest);
        assertThat(date.precision()).isEqualTo(precision);
    }

    @ParameterizedTest(name = "{0} uncertain={1} approximate={2}")
    @CsvSource({
        "2025,                   false, false",
        "2025?,                  true,  false",
        "2025-04~,               false, true",
        "2024-09-10%,            true,  true",
        "2025-04-22?/2025-04-23, true,  false",
        "2025-04-22/2025-04-23~, false, true",
        "2025-04-22?/2025-04-23~, true, true",
        "../2025%,               true,  true",
    })
    void shouldReadQualifiers(String edtf, boolean uncertain, boolean approximate) {
        FuzzyDate date = FuzzyDate.parse(edtf);

        assertThat(date.uncertain()).isEqualTo(uncertain);
        assertThat(date.approximate()).isEqualTo(approximate);
    }

    @ParameterizedTest(name = "''{0}'' at {1}")
    @CsvSource({
        // empty, whitespace, malformed components
        "'',                      0",
        "' 2025',                 0",
        "'2025 ',                 4",
        "'2025-04-10 ',           10",
        "202,                     0",
        "20250,                   4",
        "2025-2-3,                5",
        "2025-,                   5",
        "2025-04-1,               8",
        "2025-04-10-01,           10",
        "2025/2026/2027,          9",
        "abcd,                    0",
        "2025-ab,                 5",
        // impossible months and days
        "2025-00,                 5",
        "2025-13,                 5",
        "2025-20,                 5",
        "2025-42,                 5",
        "2025-13-01,              5",
        "2025-21-05,              5",
        "2025-40-01,              5",
        "2025-04-00,              8",
        "2025-04-31,              8",
        "2025-02-30,              8",
        "2025-01-32,              8",
        "-0000,                   0",
        // X in places this library does not accept
        "2X25,                    1",
        "X025,                    0",
        "20X5,                    2",
        "2XXX,                    1",
        "202X-04,                 5",
        "XXXX-12-XX,              5",
        "-002X,                   0",
        "2025-1X,                 6",
        "2025-X1,                 5",
        "2025-04-1X,              9",
        "2025-XX-10,              8",
        "202x,                    3",
        // qualifiers in the wrong place or twice
        "2004-?06-11,             5",
        "2004?-06-11,             4",
        "2004-06?-11,             7",
        "2025?~,                  5",
        "?2025,                   0",
        // intervals
        "2025-04-23/2025-04-22,   11",
        "2026/2025,               5",
        "/,                       0",
        "../..,                   0",
        "../,                     0",
        "/..,                     0",
        "..,                      0",
        "2025/...,                5",
        "2025..,                  4",
        // long years
        "Y2025,                   0",
        "Y,                       0",
        "Y17000000002,            0",
        "Y-1000000000,            0",
        "Y170000002-01,           10",
        // other level 2 features and times
        "Y17E7,                   3",
        "1950S2,                  4",
        "'[2025, 2026]',          6",
        "{2025..2026},            0",
        "2024-09-10T10:00,        10",
        "2024-09-10T10:00:00Z,    10",
    })
    void shouldRejectWithPosition(String edtf, int position) {
        assertThatThrownBy(() -> FuzzyDate.parse(edtf))
                .isInstanceOfSatisfying(EdtfParseException.class, e -> {
                    assertThat(e.input()).isEqualTo(edtf);
                    assertThat(e.position()).isEqualTo(position);
                    assertThat(e.getMessage()).startsWith("Invalid EDTF date '" + edtf + "' at position " + position
                            + ": ");
                });
    }

    @Test
    void shouldExplainTheProblemInTheMessage() {
        assertThatThrownBy(() -> FuzzyDate.parse("2025-02-30"))
                .isInstanceOf(EdtfParseException.class)
                .hasMessage("Invalid EDTF date '2025-02-30' at position 8: February 2025 has no day 30");
        assertThatThrownBy(() -> FuzzyDate.parse("2024-09-10T10:00"))
                .hasMessageEndingWith("times are not supported, only calendar dates");
        assertThatThrownBy(() -> FuzzyDate.parse("Y17000000002"))
                .hasMessageContaining("outside the supported range");
    }

    @Test
    void shouldRejectNullAsParseExceptionNotNullPointer() {
        assertThatThrownBy(() -> FuzzyDate.parse(null))
                .isInstanceOfSatisfying(EdtfParseException.class, e -> {
                    assertThat(e.input()).isEqualTo("null");
                    assertThat(e.position()).isZero();
                });
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource({
        "2024-02-29, true",
        "2000-02-29, true",
        "2025-02-29, false",
        "1900-02-29, false",
        "2100-02-29, false",
        "-0004-02-29, true",
    })
    void shouldKnowLeapYears(String edtf, boolean valid) {
        if (valid) {
            assertThat(FuzzyDate.parse(edtf).latest()).isEqualTo(LocalDate.parse(edtf));
        } else {
            assertThatThrownBy(() -> FuzzyDate.parse(edtf))
                    .isInstanceOfSatisfying(EdtfParseException.class, e -> assertThat(e.position()).isEqualTo(8));
        }
    }

    @ParameterizedTest(name = "{0}-02 ends {1}")
    @CsvSource({"2024, 2024-02-29", "2025, 2025-02-28", "1900, 1900-02-28", "2000, 2000-02-29"})
    void shouldEndFebruaryOnItsLastDay(String year, LocalDate last) {
        assertThat(FuzzyDate.parse(year + "-02").latest()).isEqualTo(last);
    }

    @ParameterizedTest
    @MethodSource("days")
    void shouldParseEveryDayToItself(LocalDate day) {
        FuzzyDate date = FuzzyDate.parse(day.toString());

        assertThat(date.earliest()).isEqualTo(day);
        assertThat(date.latest()).isEqualTo(day);
        assertThat(date.precision()).isEqualTo(Precision.DAY);
        assertThat(FuzzyDate.of(day)).isEqualTo(date);
    }

    static Stream<LocalDate> days() {
        LocalDate first = LocalDate.of(2023, 1, 1);
        Stream<LocalDate> recent = first.datesUntil(LocalDate.of(2026, 1, 1));
        Random random = new Random(20250422);
        long min = LocalDate.of(-9999, 1, 1).toEpochDay();
        long max = LocalDate.of(9999, 12, 31).toEpochDay();
        Stream<LocalDate> anywhere = random.longs(500, min, max + 1).mapToObj(LocalDate::ofEpochDay);
        return Stream.concat(recent, anywhere);
    }

    @Test
    void shouldMakeADayFromALocalDate() {
        FuzzyDate date = FuzzyDate.of(LocalDate.of(2024, 9, 10));

        assertThat(date).isEqualTo(new FuzzyDate("2024-09-10", LocalDate.of(2024, 9, 10),
                LocalDate.of(2024, 9, 10), Precision.DAY));
        assertThatThrownBy(() -> FuzzyDate.of(LocalDate.of(10000, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectBoundsThatDoNotFollowFromTheText() {
        LocalDate first = LocalDate.of(2025, 1, 1);
        LocalDate last = LocalDate.of(2025, 12, 31);

        assertThat(new FuzzyDate("2025", first, last, Precision.YEAR).text()).isEqualTo("2025");
        assertThatThrownBy(() -> new FuzzyDate("2025", first, first, Precision.YEAR))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(EdtfParseException.class);
        assertThatThrownBy(() -> new FuzzyDate("2025", first, last, Precision.DAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FuzzyDate("2025-13", first, last, Precision.YEAR))
                .isInstanceOf(EdtfParseException.class);
    }
}
