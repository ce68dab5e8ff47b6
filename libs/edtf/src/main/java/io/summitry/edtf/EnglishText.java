package io.summitry.edtf;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.summitry.edtf.Edtf.End;
import io.summitry.edtf.Edtf.Interval;
import io.summitry.edtf.Edtf.MissingEnd;
import io.summitry.edtf.Edtf.OneOf;
import io.summitry.edtf.Edtf.SingleDate;

/**
 * Renders a parsed EDTF value as English for display ("22–23 April 2025", "about spring 2025 (uncertain)").
 * Locale-independent and deterministic: the same value always gives the same text, whatever the JVM's defaults.
 * Years up to 0 are shown as BC in the ISO numbering, where year 0 is 1 BC and year -44 is 45 BC.
 */
final class EnglishText {

    private EnglishText() {
    }

    static String of(Edtf value) {
        if (value instanceof OneOf oneOf) {
            return oneOf(oneOf);
        }
        return value instanceof Interval interval ? interval(interval) : phrase((SingleDate) value).toString();
    }

    /** "some day between January and June 2025", "10 or 12 January 2025", "2 March 2025 or some day in May 2025". */
    private static String oneOf(OneOf set) {
        List<OneOf.Member> members = set.members();
        boolean daysOfOneMonth = members.stream().allMatch(m -> !m.range() && m.from().precision() == Precision.DAY
                && m.from().earliest().withDayOfMonth(1).equals(members.get(0).from().earliest().withDayOfMonth(1)));
        if (daysOfOneMonth && members.size() > 1) {
            List<String> days = members.stream().map(m -> String.valueOf(m.from().earliest().getDayOfMonth()))
                    .toList();
            return orList(days) + " " + monthAndYear(members.get(0).from().earliest());
        }
        return orList(members.stream().map(m -> m.range() ? someDay(m.from().earliest(), m.to().latest())
                : phrase(m.from()).toString()).toList());
    }

    /** Some day from {@code from} to {@code to}, both inclusive, in the fewest words. */
    private static String someDay(LocalDate from, LocalDate to) {
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth();
        boolean sameYear = from.getYear() == to.getYear();
        if (wholeMonths && sameYear && from.getMonthValue() == 1 && to.getMonthValue() == 12) {
            return "some day in " + year(from.getYear());
        }
        if (wholeMonths && sameYear && from.getMonth() == to.getMonth()) {
            return "some day in " + monthAndYear(from);
        }
        if (wholeMonths) {
            return "some day between " + (sameYear ? monthName(from) : monthAndYear(from)) + " and "
                    + monthAndYear(to);
        }
        if (sameYear && from.getMonth() == to.getMonth()) {
            return "some day between " + from.getDayOfMonth() + " and " + to.getDayOfMonth() + " "
                    + monthAndYear(to);
        }
        return "some day between " + from.getDayOfMonth() + " " + (sameYear ? monthName(from) : monthAndYear(from))
                + " and " + to.getDayOfMonth() + " " + monthAndYear(to);
    }

    private static String orList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    /** "April 2025": used in error messages too. */
    static String monthAndYear(LocalDate date) {
        return monthName(date) + " " + year(date.getYear());
    }

    private static String interval(Interval interval) {
        End start = interval.start();
        End end = interval.end();
        if (start == MissingEnd.OPEN) {
            return "until " + phrase((SingleDate) end);
        }
        if (start == MissingEnd.UNKNOWN) {
            return "until " + phrase((SingleDate) end).withNote("start unknown");
        }
        if (end == MissingEnd.OPEN) {
            return "from " + phrase((SingleDate) start);
        }
        if (end == MissingEnd.UNKNOWN) {
            return "from " + phrase((SingleDate) start).withNote("end unknown");
        }
        return between((SingleDate) start, (SingleDate) end);
    }

    /** Two dates, sharing their month or year where both are plain days or plain months. */
    private static String between(SingleDate start, SingleDate end) {
        LocalDate from = start.earliest();
        LocalDate to = end.latest();
        boolean plain = start.qualifier() == Edtf.Qualifier.NONE && end.qualifier() == Edtf.Qualifier.NONE
                && start.precision() == end.precision() && from != null && to != null
                && from.getYear() == to.getYear();
        if (plain && start.precision() == Precision.DAY && !from.equals(to)) {
            return from.getMonth() == to.getMonth()
                    ? from.getDayOfMonth() + "–" + to.getDayOfMonth() + " " + monthAndYear(to)
                    : from.getDayOfMonth() + " " + monthName(from) + " – " + to.getDayOfMonth() + " " + monthAndYear(to);
        }
        if (plain && start.precision() == Precision.MONTH && from.getMonth() != to.getMonth()) {
            return monthName(from) + "–" + monthAndYear(to);
        }
        String first = phrase(start).toString();
        String second = phrase(end).toString();
        if (first.equals(second)) {
            return first;
        }
        return first.contains(" ") || second.contains(" ") ? first + " – " + second : first + "–" + second;
    }

    private static Phrase phrase(SingleDate date) {
        if (date.precision() == Precision.UNKNOWN) {
            return new Phrase("unknown date", List.of());
        }
        LocalDate first = date.earliest();
        String core = switch (date.precision()) {
            case DAY -> first.getDayOfMonth() + " " + monthAndYear(first);
            case MONTH -> monthAndYear(first);
            case YEAR -> year(first.getYear());
            case DECADE -> "the " + first.getYear() + "s";
            case CENTURY -> "the " + ordinal(first.getYear() / 100 + 1) + " century";
            default -> date.grouping().label() + " " + year(first.getYear());
        };
        List<String> notes = new ArrayList<>();
        if (date.grouping() != null && date.grouping().note() != null) {
            notes.add(date.grouping().note());
        }
        if (date.qualifier().uncertain()) {
            notes.add("uncertain");
        }
        return new Phrase(date.qualifier().approximate() ? "about " + core : core, notes);
    }

    private static String monthName(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String year(int year) {
        return year > 0 ? String.valueOf(year) : (1 - year) + " BC";
    }

    private static String ordinal(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return n + "th";
        }
        return switch (n % 10) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }

    /** Words plus parenthetical notes, kept apart so that an interval can add its own note to the same parentheses. */
    private record Phrase(String core, List<String> notes) {

        Phrase withNote(String note) {
            List<String> all = new ArrayList<>(notes);
            all.add(note);
            return new Phrase(core, all);
        }

        @Override
        public String toString() {
            return notes.isEmpty() ? core : core + " (" + String.join(", ", notes) + ")";
        }
    }
}
