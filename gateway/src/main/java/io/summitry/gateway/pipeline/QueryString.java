package io.summitry.gateway.pipeline;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A URL's query string decoded once and strictly: parameters separated by {@code &}, {@code +} a space, percent-escapes
 * of UTF-8 bytes; a parameter that cannot be decoded is named in a {@link Malformed}.
 */
public final class QueryString {

    /** A parameter whose name or value is not validly encoded. */
    public static final class Malformed extends IllegalArgumentException {
        final String parameter;

        Malformed(String parameter, String problem) {
            super("The URL's query string is not validly encoded: the '" + parameter + "' parameter " + problem
                    + "; encode the parameters as UTF-8 with percent-escapes", null);
            this.parameter = parameter;
        }
    }

    private QueryString() {
    }

    /** The parameters of a raw query string (null or empty: none), each name with its values in order. */
    public static Map<String, List<String>> parameters(String raw) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            // a name that cannot be decoded is named as sent, shortened
            String shown = rawName.length() > 40 ? rawName.substring(0, 40) + "…" : rawName;
            String name = decode(rawName, shown);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), name);
            if (!name.isEmpty()) {
                parameters.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
            }
        }
        return parameters;
    }

    private static String decode(String component, String parameter) {
        if (component.indexOf('%') < 0) {
            return component.replace('+', ' ');
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(component.length());
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c == '%') {
                bytes.writeBytes(plain.toString().getBytes(StandardCharsets.UTF_8));
                plain.setLength(0);
                int high = i + 1 < component.length() ? Character.digit(component.charAt(i + 1), 16) : -1;
                int low = i + 2 < component.length() ? Character.digit(component.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw new Malformed(parameter, "has a '%' not followed by two hexadecimal digits (at character "
                            + i + ")");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                plain.append(c == '+' ? ' ' : c);
            }
        }
        bytes.writeBytes(plain.toString().getBytes(StandardCharsets.UTF_8));
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new Malformed(parameter, "has percent-escapes that are not UTF-8");
        }
    }
}
