package io.summitry.edtf;

import java.time.LocalDate;

/**
 * The structure of a valid EDTF string, as {@link EdtfParser} finds it: a single date or an interval. Kept
 * inside the package; {@link FuzzyDate} exposes only the text, the bounds and the precision, and re-parses the
 * text when it needs the structure (for {@link FuzzyDate#text()}).
 */
sealed interface Edtf permits Edtf.SingleDate, Edtf.Interval, Edtf.OneOf {

    /** The first day the value may denote; null if unbounded or unknown. */
    LocalDate earliest();

    /** The last day the value may denote; null if unbounded or unknown. */
    LocalDate latest();

    Precision precision();

    /** What a date says about its own reliability: the EDTF qualifier at its end. */
    enum Qualifier {
        NONE, UNCERTAIN, APPROXIMATE, UNCERTAIN_AND_APPROXIMATE;

        static Qualifier of(char c) {
            return switch (c) {
                case '?' -> UNCERTAIN;
                case '~' -> APPROXIMATE;
                case '%' -> UNCERTAIN_AND_APPROXIMATE;
                default -> NONE;
            };
        }

        boolean uncertain() {
            return this == UNCERTAIN || this == UNCERTAIN_AND_APPROXIMATE;
        }

        boolean approximate() {
            return this == APPROXIMATE || this == UNCERTAIN_AND_APPROXIMATE;
        }
    }

    /** One end of an interval: a date, or one of the two kinds of missing end. */
    sealed interface End permits SingleDate, MissingEnd {
    }

    /** An interval end given without a date. */
    enum MissingEnd implements End {
        /** {@code ..}: the interval has no bound on this side. */
        OPEN,
        /** The empty string: the interval has a bound on this side, but it is not known. */
        UNKNOWN
    }

    /**
     * A date as written, with the days it may denote. {@code grouping} is set only for the sub-year groupings
     * (seasons, quarters, quadrimesters, halves); the bounds are null only for the fully unspecified {@code XXXX}.
     */
    record SingleDate(LocalDate earliest, LocalDate latest, Precision precision, SubYearGrouping grouping,
            Qualifier qualifier) implements Edtf, End {
    }

    /**
     * An EDTF one-of set, {@code [2025-01-01..2025-06-30]} or {@code [2025-01-10,2025-01-12]}: the value is one of
     * the members (a date, or any date of a range), not all of them. Its bounds are those of the earliest and the
     * latest member.
     */
    record OneOf(java.util.List<Member> members) implements Edtf {

        /** One member: a single date ({@code from == to}) or a range {@code from..to}. */
        record Member(SingleDate from, SingleDate to) {

            boolean range() {
                return from != to;
            }
        }

        @Override
        public LocalDate earliest() {
            return members.stream().map(m -> m.from().earliest()).min(LocalDate::compareTo).orElseThrow();
        }

        @Override
        public LocalDate latest() {
            return members.stream().map(m -> m.to().latest()).max(LocalDate::compareTo).orElseThrow();
        }

        @Override
        public Precision precision() {
            return Precision.WITHIN;
        }
    }

    /** Two ends separated by {@code /}; at least one of them is a date. */
    record Interval(End start, End end) implements Edtf {

        @Override
        public LocalDate earliest() {
            return start instanceof SingleDate date ? date.earliest() : null;
        }

        @Override
        public LocalDate latest() {
            return end instanceof SingleDate date ? date.latest() : null;
        }

        @Override
        public Precision precision() {
            return Precision.RANGE;
        }
    }
}
