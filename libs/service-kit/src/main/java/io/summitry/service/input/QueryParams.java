package io.summitry.service.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.summitry.problem.ProblemException;

/** Query parameters read with a 400 naming the parameter when a value does not parse. */
public final class QueryParams {

    private QueryParams() {
    }

    /** An ISO day such as 2025-03-31; absent or blank is null. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "'" + Inputs.shorten(value) + "' is not a date such as 2025-03-31");
        }
    }

    /** The values of a repeatable enum parameter, any case; absent is empty. */
    public static <E extends Enum<E>> List<E> enums(String name, List<String> values, Class<E> type) {
        return values == null ? List.of() : values.stream().map(v -> enumValue(name, v, type)).toList();
    }

    /** One enum value, any case. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "'" + Inputs.shorten(value) + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Country codes as stored: trimmed, upper case. */
    public static List<String> countryCodes(List<String> values) {
        return values == null ? List.of() : values.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).toList();
    }
}
