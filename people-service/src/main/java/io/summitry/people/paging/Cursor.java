package io.summitry.people.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import io.summitry.problem.ProblemException;

/**
 * The sort key of one row, as an opaque base64url cursor: the rank (only when ranking by text similarity), the
 * name and the id. Rows are ordered by rank descending, then name and id ascending.
 */
public record Cursor(Float rank, String name, UUID id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public String encode() {
        String key = (rank == null ? "" : Float.toString(rank)) + "|" + id + "|" + name;
        return ENCODER.encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor received as {@code field}.
     *
     * @param ranked whether the list it pages through is ranked, so that a cursor of another list is refused
     * @throws ProblemException 400 naming the field when the cursor does not decode
     */
    public static Cursor decode(String field, String value, boolean ranked) {
        try {
            String[] parts = new String(DECODER.decode(value), StandardCharsets.UTF_8).split("\\|", 3);
            Float rank = parts[0].isEmpty() ? null : Float.valueOf(parts[0]);
            if (parts.length != 3 || (rank != null) != ranked) {
                throw new IllegalArgumentException();
            }
            return new Cursor(rank, parts[2], UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw ProblemException.invalidField(field, "is not a cursor of this list");
        }
    }
}
