package io.summitry.service.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import io.summitry.problem.ProblemException;
import io.summitry.service.input.Inputs;

/**
 * An opaque keyset cursor: the sort key of a row (some values, each may be null) under a kind tag, in base64url.
 * A cursor that does not decode, or was made for another list, is a 400 naming the parameter.
 */
public final class Cursor {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String NULL = "~";

    private Cursor() {
    }

    /** The cursor of a row of a list of this {@code kind}, whose sort key is {@code values}. */
    public static String encode(String kind, Object... values) {
        List<String> parts = new ArrayList<>();
        parts.add(kind);
        for (Object value : values) {
            parts.add(value == null ? NULL : ENCODER.encodeToString(value.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return ENCODER.encodeToString(String.join(".", parts).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The values of a cursor received as {@code parameter}, null where a value was null.
     *
     * @throws ProblemException 400 naming the parameter when it does not decode to {@code size} values of {@code kind}
     */
    public static List<String> decode(String parameter, String cursor, String kind, int size) {
        try {
            String[] parts = new String(DECODER.decode(cursor), StandardCharsets.UTF_8).split("\\.", -1);
            if (parts.length != size + 1 || !parts[0].equals(kind)) {
                throw new IllegalArgumentException();
            }
            return Arrays.stream(parts, 1, parts.length)
                    .map(p -> p.equals(NULL) ? null : new String(DECODER.decode(p), StandardCharsets.UTF_8))
                    .toList();
        } catch (IllegalArgumentException e) {
            throw invalid(parameter, cursor);
        }
    }

    /** The 400 for a cursor whose values decode but do not fit the list, such as a date that does not parse. */
    public static ProblemException invalid(String parameter, String cursor) {
        return ProblemException.invalidField(parameter, "'" + Inputs.shorten(cursor) + "' is not a cursor of this list");
    }
}
