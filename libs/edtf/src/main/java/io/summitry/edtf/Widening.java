package io.summitry.edtf;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

import io.summitry.edtf.Edtf.Interval;
import io.summitry.edtf.Edtf.Qualifier;
import io.summitry.edtf.Edtf.SingleDate;

/**
 * The search bounds of a parsed EDTF value: its bounds, widened by one unit of precision at each end whose date is
 * marked approximate or uncertain, so that "about March 2007" ({@code 2007-03~}) is found by a search for April
 * 2007. A bound that would leave the supported calendar becomes unbounded (null).
 */
final class Widening {

    private Widening() {
    }

    static LocalDate from(Edtf value) {
        SingleDate start = value instanceof Interval interval
                ? (interval.start() instanceof SingleDate date ? date : null)
                : value instanceof SingleDate date ? date : null;
        if (start == null) {
            return value.earliest();
        }
        Period unit = unit(start);
        if (unit == null || start.earliest() == null) {
            return start.earliest();
        }
        try {
            return start.earliest().minus(unit);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    static LocalDate to(Edtf value) {
        SingleDate end = value instanceof Interval interval
                ? (interval.end() instanceof SingleDate date ? date : null)
                : value instanceof SingleDate date ? date : null;
        if (end == null) {
            return value.latest();
        }
        Period unit = unit(end);
        if (unit == null || end.latest() == null) {
            return end.latest();
        }
        try {
            // Add to the day after, so that the end of February widened by a month is the end of March.
            return end.latest().plusDays(1).plus(unit).minusDays(1);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** One unit of the date's precision when it carries a qualifier; null when it is not widened. */
    private static Period unit(SingleDate date) {
        if (date.qualifier() == Qualifier.NONE) {
            return null;
        }
        return switch (date.precision()) {
            case DAY -> Period.ofDays(1);
            case MONTH -> Period.ofMonths(1);
            case SEASON, QUARTER -> Period.ofMonths(3);
            case QUADRIMESTER -> Period.ofMonths(4);
            case HALF_YEAR -> Period.ofMonths(6);
            case YEAR -> Period.ofYears(1);
            case DECADE -> Period.ofYears(10);
            case CENTURY -> Period.ofYears(100);
            case RANGE, WITHIN, UNKNOWN -> null;
        };
    }
}
