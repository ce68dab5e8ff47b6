package io.summitry.gateway.history;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.summitry.gateway.error.GatewayException;

/**
 * Where Query.changes stands in each service's list: the cursor of the last change taken from meetings-service and
 * from people-service (null: none taken yet). Opaque to clients: base64url of {@code changes:<m>:<p>}, each part the
 * base64url of the service's own cursor.
 */
record ChangesCursor(String meetings, String people) {

    static final ChangesCursor START = new ChangesCursor(null, null);

    private static final String PREFIX = "changes:";

    String encode() {
        return b64(PREFIX + b64(meetings) + ":" + b64(people));
    }

    static ChangesCursor decode(String argument, String cursor) {
        if (cursor == null) {
            return START;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                String[] parts = text.substring(PREFIX.length()).split(":", -1);
                if (parts.length == 2) {
                    return new ChangesCursor(unb64(parts[0]), unb64(parts[1]));
                }
            }
        } catch (IllegalArgumentException notBase64) {
            // answered below
        }
        throw GatewayException.badInput("Argument '" + argument + "' is not a cursor of this list: '" + cursor + "'");
    }

    ChangesCursor withMeetings(String cursor) {
        return new ChangesCursor(cursor, people);
    }

    ChangesCursor withPeople(String cursor) {
        return new ChangesCursor(meetings, cursor);
    }

    private static String b64(String text) {
        return text == null ? ""
                : Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String unb64(String text) {
        return text.isEmpty() ? null : new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
    }
}
