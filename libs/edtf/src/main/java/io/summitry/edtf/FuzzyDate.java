package io.summitry.edtf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date as precisely as it is known, written in EDTF (Extended Date/Time Format, ISO 8601-2), with the
 * inclusive range of days it may denote. News reports give dates like "September 10, 2024", "the first half of
 * 2025" or "Tuesday and Wednesday this week"; the EDTF text keeps what was said ({@code 2024-09-10},
 * {@code 2025-40}, {@code 2025-04-22/2025-04-23}) and the bounds make it searchable by day.
 *
 * <p>Every instance is valid: the canonical constructor parses {@code edtf} and rejects bounds or a precision
 * that do not follow from it, so a value read back from storage cannot silently disagree with its text.
 *
 * @param edtf      the EDTF text, exactly as given
 * @param earliest  the first day the date may denote; null if the start is open or unknown
 * @param latest    the last day the date may denote; null if the end is open or unknown
 * @param precision what the text names: a day, a month, a season, an interval...
 */
public record FuzzyDate(String edtf, LocalDate earliest, LocalDate latest, Precision precision) {

    /**
     * @throws EdtfParseException       if {@code edtf} is not accepted by {@link #parse(String)}
     * @throws IllegalArgumentException if the bounds or precision are not those {@code edtf} gives
     */
    public FuzzyDate {
        Edtf parsed = EdtfParser.parse(edtf);
        if (!Objects.equals(parsed.earliest(), earliest) || !Objects.equals(parsed.latest(), latest)
                || parsed.precision() != precision) {
            throw new IllegalArgumentException("EDTF date '" + edtf + "' has bounds " + parsed.earliest() + " to "
                    + parsed.latest() + " and precision " + parsed.precision() + ", not " + earliest + " to "
                    + latest + " and " + precision);
        }
    }

    /**
     * Parses an EDTF string. Accepted, with the bounds they give:
     * <ul>
     * <li>Days, months and years: {@code 2024-09-10}, {@code 2025-04} (the whole month), {@code 2025} (the whole
     * year); years are four digits, optionally negative ({@code -0044}, in ISO numbering where 0000 is 1 BC),
     * or {@code Y} and more than four digits ({@code Y170000002}, {@code Y-170000002}) within
     * {@link java.time.Year#MIN_VALUE} to {@link java.time.Year#MAX_VALUE}; such long years have no month.</li>
     * <li>A qualifier at the very end of a date: {@code ?} uncertain, {@code ~} approximate, {@code %} both. It
     * does not change the bounds.</li>
     * <li>Unspecified digits {@code X}: only as the last one, two or all four digits of a non-negative year
     * ({@code 202X} decade, {@code 20XX} century, {@code XXXX} unknown with null bounds), and as a whole month
     * or day ({@code 2025-XX}, {@code 2025-XX-XX}: the year; {@code 2025-04-XX}: the month). Rejected: an
     * {@code X} before a digit ({@code 2X25}, {@code 2025-1X}), an unspecified millennium ({@code 2XXX}), a
     * month after an unspecified year ({@code 202X-04}) and a known day in an unknown month
     * ({@code 2025-XX-10}).</li>
     * <li>Sub-year groupings in place of the month: seasons {@code 21}-{@code 24} (spring to winter, read as
     * northern), {@code 25}-{@code 28} (northern) and {@code 29}-{@code 32} (southern), meteorological, so
     * northern spring is March to May and winter runs from December into February of the next year; quarters
     * {@code 33}-{@code 36}; quadrimesters {@code 37}-{@code 39} (January-April, May-August,
     * September-December); halves {@code 40} (January-June) and {@code 41} (July-December).</li>
     * <li>Intervals {@code start/end} of any two of the above, from the start's earliest to the end's latest
     * day; rejected if the end is over before the start begins. Either side may be {@code ..} (open: no bound)
     * or empty (a bound exists but is unknown); both give a null bound. At least one side must be a date, so
     * {@code /}, {@code ../..}, {@code ../} and {@code /..} are rejected.</li>
     * <li>One-of sets (EDTF level 2): {@code [2025-01-01..2025-06-30]} (some day in the first half of 2025),
     * {@code [2025-01-10,2025-01-12]} (one of those days), or a mix of dates and ranges, at most
     * {@value EdtfParser#MAX_MEMBERS} of them, each without qualifier and with both ends; precision
     * {@link Precision#WITHIN}, bounds from the earliest to the latest member. Unlike the interval
     * {@code 2025-01/2025-06} (a span that lasted those months), the value is a single day or short span somewhere
     * within.</li>
     * </ul>
     * Everything else is rejected, including EDTF level 2 features other than the groupings and one-of sets
     * (per-component qualifiers, exponents, significant digits, all-of sets, open ends in sets), times, and
     * surrounding whitespace.
     *
     * @throws EdtfParseException naming the input and the position of the problem; for a null input the input
     *                            is {@code "null"} and the position 0
     */
    public static FuzzyDate parse(String edtf) {
        Edtf parsed = EdtfParser.parse(edtf);
        return new FuzzyDate(edtf, parsed.earliest(), parsed.latest(), parsed.precision());
    }

    /**
     * The given day, as {@code 2024-09-10} with precision {@link Precision#DAY}.
     *
     * @throws IllegalArgumentException if the year has more than four digits, which EDTF cannot write with a day
     */
    public static FuzzyDate of(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (Math.abs(day.getYear()) > 9999) {
            throw new IllegalArgumentException("EDTF cannot write a day in year " + day.getYear());
        }
        return new FuzzyDate(day.toString(), day, day, Precision.DAY);
    }

    /**
     * The first day a search for this date should consider: {@link #earliest()}, moved back by one unit of the
     * date's precision (a day, a month, a season, a year...) when the date is marked approximate or uncertain
     * ({@code ~}, {@code ?}, {@code %}), as python-edtf's {@code lower_fuzzy} does (which doubles the unit for
     * {@code %}; one unit here, whichever qualifier). For an interval, only its start's qualifier counts. Null
     * when unbounded or unknown.
     */
    public LocalDate searchFrom() {
        return Widening.from(EdtfParser.parse(edtf));
    }

    /** The last day a search for this date should consider: {@link #latest()} widened like {@link #searchFrom()}. */
    public LocalDate searchTo() {
        return Widening.to(EdtfParser.parse(edtf));
    }

    /** Whether any part is marked uncertain ({@code ?} or {@code %}). */
    public boolean uncertain() {
        return edtf.indexOf('?') >= 0 || edtf.indexOf('%') >= 0;
    }

    /** Whether any part is marked approximate ({@code ~} or {@code %}). */
    public boolean approximate() {
        return edtf.indexOf('~') >= 0 || edtf.indexOf('%') >= 0;
    }

    /**
     * Whether this date may fall within {@code from} to {@code to}, both inclusive: whether the two ranges share
     * at least one day. A null argument, like a null bound of this date, is unbounded on its side, so an open
     * interval or the unknown {@code XXXX} overlaps everything on that side.
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    public boolean overlaps(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        boolean startsInTime = earliest == null || to == null || !earliest.isAfter(to);
        boolean endsInTime = latest == null || from == null || !latest.isBefore(from);
        return startsInTime && endsInTime;
    }

    /**
     * The date in English for display: "10 September 2024", "22–23 April 2025", "first half of 2025",
     * "about April 2025 (uncertain)", "from 1 January 2025", "the 2020s", "the 21st century" (for {@code 20XX},
     * the years 2000 to 2099), "unknown date". Deterministic and independent of the default locale.
     */
    public String text() {
        return EnglishText.of(EdtfParser.parse(edtf));
    }
}
