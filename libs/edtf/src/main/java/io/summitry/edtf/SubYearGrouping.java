package io.summitry.edtf;

import java.time.LocalDate;

/**
 * The EDTF "months" 21 to 41, which name a part of a year rather than a month. Seasons are meteorological
 * (whole months): northern spring is March to May, and winter runs from December of its year to the end of
 * February of the next. The unmarked seasons 21 to 24 are read as northern.
 */
enum SubYearGrouping {
    SPRING(21, Precision.SEASON, 3, 3, "spring", null),
    SUMMER(22, Precision.SEASON, 6, 3, "summer", null),
    AUTUMN(23, Precision.SEASON, 9, 3, "autumn", null),
    WINTER(24, Precision.SEASON, 12, 3, "winter", null),
    NORTHERN_SPRING(25, Precision.SEASON, 3, 3, "spring", "northern hemisphere"),
    NORTHERN_SUMMER(26, Precision.SEASON, 6, 3, "summer", "northern hemisphere"),
    NORTHERN_AUTUMN(27, Precision.SEASON, 9, 3, "autumn", "northern hemisphere"),
    NORTHERN_WINTER(28, Precision.SEASON, 12, 3, "winter", "northern hemisphere"),
    SOUTHERN_SPRING(29, Precision.SEASON, 9, 3, "spring", "southern hemisphere"),
    SOUTHERN_SUMMER(30, Precision.SEASON, 12, 3, "summer", "southern hemisphere"),
    SOUTHERN_AUTUMN(31, Precision.SEASON, 3, 3, "autumn", "southern hemisphere"),
    SOUTHERN_WINTER(32, Precision.SEASON, 6, 3, "winter", "southern hemisphere"),
    FIRST_QUARTER(33, Precision.QUARTER, 1, 3, "first quarter of", null),
    SECOND_QUARTER(34, Precision.QUARTER, 4, 3, "second quarter of", null),
    THIRD_QUARTER(35, Precision.QUARTER, 7, 3, "third quarter of", null),
    FOURTH_QUARTER(36, Precision.QUARTER, 10, 3, "fourth quarter of", null),
    FIRST_QUADRIMESTER(37, Precision.QUADRIMESTER, 1, 4, "January–April", null),
    SECOND_QUADRIMESTER(38, Precision.QUADRIMESTER, 5, 4, "May–August", null),
    THIRD_QUADRIMESTER(39, Precision.QUADRIMESTER, 9, 4, "September–December", null),
    FIRST_HALF(40, Precision.HALF_YEAR, 1, 6, "first half of", null),
    SECOND_HALF(41, Precision.HALF_YEAR, 7, 6, "second half of", null);

    private final int code;
    private final Precision precision;
    private final int firstMonth;
    private final int months;
    private final String label;
    private final String note;

    SubYearGrouping(int code, Precision precision, int firstMonth, int months, String label, String note) {
        this.code = code;
        this.precision = precision;
        this.firstMonth = firstMonth;
        this.months = months;
        this.label = label;
        this.note = note;
    }

    /** The grouping with this EDTF month code, or null if the code names none. */
    static SubYearGrouping byCode(int code) {
        for (SubYearGrouping grouping : values()) {
            if (grouping.code == code) {
                return grouping;
            }
        }
        return null;
    }

    Precision precision() {
        return precision;
    }

    LocalDate first(int year) {
        return LocalDate.of(year, firstMonth, 1);
    }

    LocalDate last(int year) {
        return first(year).plusMonths(months).minusDays(1);
    }

    /** The English words that precede the year: "spring", "first half of". */
    String label() {
        return label;
    }

    /** A parenthetical for the display, such as the hemisphere; null if none. */
    String note() {
        return note;
    }
}
