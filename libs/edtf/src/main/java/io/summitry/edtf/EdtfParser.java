package io.summitry.edtf;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import io.summitry.edtf.Edtf.End;
import io.summitry.edtf.Edtf.Interval;
import io.summitry.edtf.Edtf.MissingEnd;
import io.summitry.edtf.Edtf.OneOf;
import io.summitry.edtf.Edtf.Qualifier;
import io.summitry.edtf.Edtf.SingleDate;

/**
 * A hand-written recursive-descent parser for the EDTF subset that {@link FuzzyDate#parse(String)} documents.
 * It reads the input once, left to right, and stops at the first problem so that the exception can name the
 * position of the offending character (or of the start of the offending component).
 */
final class EdtfParser {

    private final String input;
    private int pos;
    /** The end of the part being parsed: the {@code /} of an interval, or the end of the input. */
    private int limit;

    private EdtfParser(String input) {
        this.input = input;
    }

    static Edtf parse(String input) {
        if (input == null) {
            throw new EdtfParseException("null", 0, "no date given");
        }
        if (input.isEmpty()) {
            throw new EdtfParseException(input, 0, "the date is empty");
        }
        return new EdtfParser(input).value();
    }

    private Edtf value() {
        if (input.charAt(0) == '[') {
            return oneOf();
        }
        int slash = input.indexOf('/');
        if (slash < 0) {
            return date(0, input.length());
        }
        End start = end(0, slash);
        End end = end(slash + 1, input.length());
        if (!(start instanceof SingleDate) && !(end instanceof SingleDate)) {
            throw fail(0, "an interval needs a date on at least one side");
        }
        if (start instanceof SingleDate from && end instanceof SingleDate to && from.earliest() != null
                && to.latest() != null && from.earliest().isAfter(to.latest())) {
            throw fail(slash + 1, "the interval ends (" + to.latest() + ") before it starts (" + from.earliest() + ")");
        }
        return new Interval(start, end);
    }

    /** The most members a one-of set may list: it names a few days or windows, not a calendar. */
    static final int MAX_MEMBERS = 31;

    /** {@code [a..b]}, {@code [a,b,c]} or a mix: one of these dates, or some day of these ranges. */
    private OneOf oneOf() {
        int close = input.length() - 1;
        if (input.charAt(close) != ']') {
            throw fail(close, "a one-of set ends with ']'");
        }
        if (close == 1) {
            throw fail(1, "a one-of set needs at least one date");
        }
        List<OneOf.Member> members = new ArrayList<>();
        int start = 1;
        while (start <= close) {
            int comma = input.indexOf(',', start);
            int end = comma < 0 || comma > close ? close : comma;
            members.add(member(start, end));
            if (members.size() > MAX_MEMBERS) {
                throw fail(start, "a one-of set may list at most " + MAX_MEMBERS + " dates or ranges");
            }
            start = end + 1;
            if (end == close) {
                break;
            }
        }
        return new OneOf(List.copyOf(members));
    }

    private OneOf.Member member(int from, int to) {
        if (from == to) {
            throw fail(from, "expected a date in the set");
        }
        int dots = input.indexOf("..", from);
        if (dots < 0 || dots >= to) {
            SingleDate date = plainDate(from, to);
            return new OneOf.Member(date, date);
        }
        if (dots == from || dots + 2 == to) {
            throw fail(dots, "a range in a one-of set needs dates on both sides ('..' alone is not supported)");
        }
        SingleDate first = plainDate(from, dots);
        SingleDate last = plainDate(dots + 2, to);
        if (first.earliest() != null && last.latest() != null && first.earliest().isAfter(last.latest())) {
            throw fail(dots + 2, "the range ends (" + last.latest() + ") before it starts (" + first.earliest() + ")");
        }
        return new OneOf.Member(first, last);
    }

    /** A member of a set: a date without qualifier and with known bounds. */
    private SingleDate plainDate(int from, int to) {
        SingleDate date = date(from, to);
        if (date.qualifier() != Qualifier.NONE) {
            throw fail(to - 1, "qualifiers inside a one-of set are not supported");
        }
        if (date.earliest() == null) {
            throw fail(from, "an unknown date (XXXX) cannot be a member of a one-of set");
        }
        return date;
    }

    private End end(int from, int to) {
        if (from == to) {
            return MissingEnd.UNKNOWN;
        }
        if (to - from == 2 && input.startsWith("..", from)) {
            return MissingEnd.OPEN;
        }
        return date(from, to);
    }

    private SingleDate date(int from, int to) {
        pos = from;
        limit = to;
        SingleDate date = peek() == 'Y' ? longYear() : calendarDate();
        if (pos < limit) {
            throw unexpected(pos);
        }
        return date;
    }

    /** {@code Y170000002}, {@code Y-170000002}: a year of more than four digits, with nothing after but a qualifier. */
    private SingleDate longYear() {
        int start = pos++;
        boolean negative = accept('-');
        int digitsStart = pos;
        while (pos < limit && isDigit(input.charAt(pos))) {
            pos++;
        }
        int digits = pos - digitsStart;
        if (pos < limit && Qualifier.of(input.charAt(pos)) == Qualifier.NONE
                && specialReason(input.charAt(pos)) != null) {
            throw unexpected(pos);
        }
        if (digits <= 4) {
            throw fail(start, "the 'Y' prefix is for years of more than four digits, e.g. Y12345");
        }
        String number = input.substring(digitsStart, pos).replaceFirst("^0+(?=.)", "");
        if (number.length() > String.valueOf(Year.MAX_VALUE).length() || Long.parseLong(number) > Year.MAX_VALUE) {
            throw fail(start, "year " + (negative ? "-" : "") + number + " is outside the supported range "
                    + Year.MIN_VALUE + " to " + Year.MAX_VALUE);
        }
        if (peek() == '-') {
            throw fail(pos, "a year written with 'Y' cannot have a month or day");
        }
        int year = Integer.parseInt(number) * (negative ? -1 : 1);
        return new SingleDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR, null,
                qualifier());
    }

    /** {@code [-]YYYY[-MM[-DD]][qualifier]}, with the unspecified digits and month codes 21-41 of EDTF. */
    private SingleDate calendarDate() {
        int yearStart = pos;
        boolean negative = accept('-');
        int digitsStart = pos;
        String digits = component(4, "a four-digit year");
        int unspecified = unspecifiedYearDigits(digits, digitsStart);
        if (unspecified > 0 && negative) {
            throw fail(yearStart, "unspecified digits are only supported in years from 0000 on");
        }
        if (peek() >= '0' && peek() <= '9') {
            throw fail(pos, "a year of more than four digits needs the 'Y' prefix, e.g. Y12345");
        }
        int year = Integer.parseInt(digits.replace('X', '0')) * (negative ? -1 : 1);
        if (negative && year == 0) {
            throw fail(yearStart, "year zero has no sign");
        }
        if (unspecified > 0) {
            if (peek() == '-') {
                throw fail(pos + 1, "a month cannot follow a year with unspecified digits");
            }
            return unspecifiedYear(year, unspecified, qualifier());
        }
        if (!accept('-')) {
            return new SingleDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR, null,
                    qualifier());
        }

        int monthStart = pos;
        String month = component(2, "a two-digit month");
        requireWholeX(month, monthStart, "month");
        if (!accept('-')) {
            return month.equals("XX")
                    ? new SingleDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR, null,
                            qualifier())
                    : monthOrGrouping(year, Integer.parseInt(month), monthStart);
        }

        int dayStart = pos;
        String day = component(2, "a two-digit day");
        requireWholeX(day, dayStart, "day");
        if (month.equals("XX")) {
            if (!day.equals("XX")) {
                throw fail(dayStart, "a day cannot follow an unspecified month; write XX");
            }
            return new SingleDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR, null,
                    qualifier());
        }
        int monthNumber = Integer.parseInt(month);
        if (monthNumber < 1 || monthNumber > 12) {
            throw fail(monthStart, SubYearGrouping.byCode(monthNumber) != null
                    ? "a season, quarter, quadrimester or half-year cannot have a day"
                    : "month " + month + " does not exist");
        }
        LocalDate first = LocalDate.of(year, monthNumber, 1);
        if (day.equals("XX")) {
            return new SingleDate(first, first.plusMonths(1).minusDays(1), Precision.MONTH, null, qualifier());
        }
        int dayNumber = Integer.parseInt(day);
        if (dayNumber < 1 || dayNumber > first.lengthOfMonth()) {
            throw fail(dayStart, EnglishText.monthAndYear(first) + " has no day " + day);
        }
        LocalDate date = first.withDayOfMonth(dayNumber);
        return new SingleDate(date, date, Precision.DAY, null, qualifier());
    }

    /**
     * How many trailing digits of the year are {@code X}: 0, 1 (decade), 2 (century) or 4 (unknown). An
     * {@code X} before a digit ({@code 2X25}) or a lone unspecified millennium ({@code 2XXX}) is rejected.
     */
    private int unspecifiedYearDigits(String digits, int digitsStart) {
        int firstX = digits.indexOf('X');
        if (firstX < 0) {
            return 0;
        }
        int lastDigit = digits.length() - 1;
        while (lastDigit >= 0 && digits.charAt(lastDigit) == 'X') {
            lastDigit--;
        }
        if (lastDigit > firstX) {
            throw fail(digitsStart + firstX, "'X' may only replace the last digits of a year (202X, 20XX, XXXX)");
        }
        if (firstX == 1) {
            throw fail(digitsStart + firstX, "an unspecified millennium is not supported; use an interval");
        }
        return digits.length() - firstX;
    }

    private static SingleDate unspecifiedYear(int year, int unspecified, Qualifier qualifier) {
        return switch (unspecified) {
            case 1 -> new SingleDate(LocalDate.of(year, 1, 1), LocalDate.of(year + 9, 12, 31), Precision.DECADE,
                    null, qualifier);
            case 2 -> new SingleDate(LocalDate.of(year, 1, 1), LocalDate.of(year + 99, 12, 31), Precision.CENTURY,
                    null, qualifier);
            default -> new SingleDate(null, null, Precision.UNKNOWN, null, qualifier);
        };
    }

    private SingleDate monthOrGrouping(int year, int month, int monthStart) {
        if (month >= 1 && month <= 12) {
            LocalDate first = LocalDate.of(year, month, 1);
            return new SingleDate(first, first.plusMonths(1).minusDays(1), Precision.MONTH, null, qualifier());
        }
        SubYearGrouping grouping = SubYearGrouping.byCode(month);
        if (grouping == null) {
            throw fail(monthStart, "month " + input.substring(monthStart, monthStart + 2)
                    + " does not exist (01-12, or 21-41 for seasons, quarters, quadrimesters and halves)");
        }
        return new SingleDate(grouping.first(year), grouping.last(year), grouping.precision(), grouping, qualifier());
    }

    private void requireWholeX(String component, int start, String name) {
        int x = component.indexOf('X');
        if (x >= 0 && !component.equals("XX")) {
            throw fail(start + x, "'X' in a " + name + " must stand for the whole " + name + " (XX)");
        }
    }

    /** Reads the optional qualifier that may end a date. */
    private Qualifier qualifier() {
        Qualifier qualifier = pos < limit ? Qualifier.of(input.charAt(pos)) : Qualifier.NONE;
        if (qualifier == Qualifier.NONE) {
            return qualifier;
        }
        int at = pos++;
        if (pos < limit && Qualifier.of(input.charAt(pos)) != Qualifier.NONE) {
            throw fail(pos, "only one qualifier is allowed; '%' means uncertain and approximate");
        }
        if (pos < limit) {
            throw fail(at, "a qualifier is only allowed at the end of a date");
        }
        return qualifier;
    }

    /** Reads {@code length} characters that are digits or {@code X}. */
    private String component(int length, String expected) {
        int start = pos;
        for (int at = start; at < start + length; at++) {
            char c = at < limit ? input.charAt(at) : 0;
            if (!isDigit(c) && c != 'X') {
                String special = at < limit ? specialReason(c) : null;
                throw special != null ? fail(at, special) : fail(start, "expected " + expected);
            }
        }
        pos = start + length;
        return input.substring(start, pos);
    }

    private boolean accept(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private char peek() {
        return pos < limit ? input.charAt(pos) : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private EdtfParseException unexpected(int at) {
        char c = input.charAt(at);
        String special = specialReason(c);
        return fail(at, special != null ? special : "unexpected character '" + c + "'");
    }

    /** Explains characters that signal a feature outside the accepted subset; null for any other character. */
    private static String specialReason(char c) {
        return switch (c) {
            case '?', '~', '%' -> "a qualifier is only allowed at the end of a date";
            case 'T' -> "times are not supported, only calendar dates";
            case 'E' -> "exponential years (EDTF level 2) are not supported";
            case 'S' -> "significant digits (EDTF level 2) are not supported";
            case '[', ']', ',' -> "a one-of set is written whole, such as [2025-01-01..2025-06-30] or [2025-01-10,2025-01-12]";
            case '{', '}' -> "all-of sets ({...}) are not supported; a one-of set [...] is";
            case '.' -> "'..' is only allowed as a whole interval end, e.g. 2025/..";
            case 'x', 'u' -> "unspecified digits are written with an upper-case 'X'";
            default -> Character.isWhitespace(c) ? "whitespace is not allowed" : null;
        };
    }

    private EdtfParseException fail(int at, String reason) {
        return new EdtfParseException(input, at, reason);
    }
}
