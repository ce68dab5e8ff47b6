package io.summitry.gateway.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.summitry.api.meetings.MeetingKind;
import io.summitry.api.meetings.MeetingQuery;
import io.summitry.api.meetings.MeetingStatus;
import io.summitry.gateway.error.GatewayException;
import io.summitry.gateway.id.GlobalId;

/**
 * The meeting list's filter as the web UI writes it in its list URL ({@code web/src/filters.ts}): {@code q},
 * {@code countries}, {@code heldIn}, {@code kinds}, {@code statuses}, {@code topics}, {@code series}, {@code from},
 * {@code to}, lists comma-separated; and {@code participants} (person global ids), which the list takes from a person's
 * page. Every value is checked here, so that a bad one is refused before any byte of an export is sent; a country code
 * that is well formed but unknown is refused by meetings-service on the export's first page, also before the body.
 */
public final class ExportFilter {

    /** The parameter names, in the order the web UI writes them. */
    static final Set<String> PARAMETERS = Set.of("q", "countries", "heldIn", "kinds", "statuses", "topics", "series",
            "from", "to", "participants");

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final int MAX_TEXT = 200;
    private static final int MAX_VALUES = 100;

    /** A filter parameter that cannot be read; the export answers it 400 naming {@link #parameter}. */
    public static final class Invalid extends RuntimeException {
        final String parameter;

        Invalid(String parameter, String message) {
            super("Parameter '" + parameter + "' " + message, null, false, false);
            this.parameter = parameter;
        }
    }

    private ExportFilter() {
    }

    /** The filter of these URL parameters (no parameter: every meeting). */
    public static MeetingQuery parse(Map<String, List<String>> parameters) {
        for (String name : parameters.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new Invalid(name, "is not a filter of the meeting list; known: "
                        + String.join(", ", List.of("q", "countries", "heldIn", "kinds", "statuses", "topics",
                                "series", "from", "to", "participants")));
            }
        }
        String text = single(parameters, "q");
        if (text != null && text.length() > MAX_TEXT) {
            throw new Invalid("q", "is longer than " + MAX_TEXT + " characters");
        }
        LocalDate from = date(parameters, "from");
        LocalDate to = date(parameters, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new Invalid("from", "is after 'to' (" + from + " > " + to + ")");
        }
        return new MeetingQuery(text,
                enums(parameters, "kinds", MeetingKind.class),
                enums(parameters, "statuses", MeetingStatus.class),
                single(parameters, "series"),
                countries(parameters, "countries"),
                participants(parameters),
                list(parameters, "topics"),
                from, to,
                countries(parameters, "heldIn"));
    }

    /** The filter as the URL parameters that select it, for the export's own description of itself. */
    static Map<String, String> echo(Map<String, List<String>> parameters) {
        Map<String, String> echoed = new LinkedHashMap<>();
        parameters.forEach((name, values) -> echoed.put(name, String.join(",", values)));
        return echoed;
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null) {
            return null;
        }
        if (values.size() > 1) {
            throw new Invalid(name, "is given " + values.size() + " times; give it once");
        }
        String value = values.get(0).strip();
        return value.isEmpty() ? null : value;
    }

    private static List<String> list(Map<String, List<String>> parameters, String name) {
        String value = single(parameters, name);
        if (value == null) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        if (items.size() > MAX_VALUES) {
            throw new Invalid(name, "has more than " + MAX_VALUES + " values");
        }
        return items.isEmpty() ? null : items;
    }

    private static List<String> countries(Map<String, List<String>> parameters, String name) {
        List<String> codes = list(parameters, name);
        if (codes == null) {
            return null;
        }
        List<String> upper = new ArrayList<>(codes.size());
        for (String code : codes) {
            String normalized = code.toUpperCase(Locale.ROOT);
            if (!COUNTRY.matcher(normalized).matches()) {
                throw new Invalid(name, "must be ISO 3166-1 alpha-2 country codes such as KR, got '" + code + "'");
            }
            upper.add(normalized);
        }
        return upper;
    }

    private static <E extends Enum<E>> List<E> enums(Map<String, List<String>> parameters, String name,
            Class<E> type) {
        List<String> values = list(parameters, name);
        if (values == null) {
            return null;
        }
        List<E> parsed = new ArrayList<>(values.size());
        for (String value : values) {
            try {
                parsed.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                List<String> known = new ArrayList<>();
                for (E constant : type.getEnumConstants()) {
                    known.add(constant.name());
                }
                throw new Invalid(name, "has an unknown value '" + value + "'; known: " + String.join(", ", known));
            }
        }
        return parsed;
    }

    private static LocalDate date(Map<String, List<String>> parameters, String name) {
        String value = single(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            throw new Invalid(name, "must be a date as YYYY-MM-DD, got '" + value + "'");
        }
    }

    private static List<UUID> participants(Map<String, List<String>> parameters) {
        List<String> ids = list(parameters, "participants");
        if (ids == null) {
            return null;
        }
        try {
            return GlobalId.decodeAll("participants", GlobalId.PERSON, ids);
        } catch (GatewayException notAPersonId) {
            throw new Invalid("participants", "must be person ids (as the GraphQL API gives them): "
                    + notAPersonId.getMessage());
        }
    }
}
