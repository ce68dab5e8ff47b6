package io.summitry.edtf;

/**
 * How finely a {@link FuzzyDate} pins down its time: what the EDTF text names, so that callers can tell
 * "2025" from "2025-01-01/2025-12-31" although both have the same bounds.
 */
public enum Precision {
    /** One day: {@code 2024-09-10}. */
    DAY,
    /** One month: {@code 2025-04}, {@code 2025-04-XX}. */
    MONTH,
    /** One season, northern, southern or unspecified: {@code 2025-21} to {@code 2025-32}. */
    SEASON,
    /** One quarter: {@code 2025-33} to {@code 2025-36}. */
    QUARTER,
    /** One third of a year (four months): {@code 2025-37} to {@code 2025-39}. */
    QUADRIMESTER,
    /** One half of a year: {@code 2025-40}, {@code 2025-41}. */
    HALF_YEAR,
    /** One year: {@code 2025}, {@code 2025-XX}, {@code Y170000002}. */
    YEAR,
    /** Ten years: {@code 202X}. */
    DECADE,
    /** A hundred years: {@code 20XX}. */
    CENTURY,
    /** An interval between two dates, either of which may be open or unknown: {@code 2025-04-22/2025-05}. */
    RANGE,
    /**
     * One day, or a short span, somewhere within the bounds, not a span that lasted them: an EDTF one-of set
     * {@code [2025-01-01..2025-06-30]} or a short list {@code [2025-01-10,2025-01-12]}.
     */
    WITHIN,
    /** Nothing known: {@code XXXX}; both bounds are null. */
    UNKNOWN
}
