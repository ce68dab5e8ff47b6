package io.summitry.bench.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** The gateway's Relay-style global ids: base64url of {@code Type:uuid}, without padding. */
public final class GlobalIds {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private GlobalIds() {
    }

    public static String of(String type, String uuid) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + uuid).getBytes(StandardCharsets.UTF_8));
    }

    /** The database id inside a global id (or the value itself when it is not one). */
    public static String uuid(String globalId) {
        if (UUID.matcher(globalId).matches()) {
            return globalId;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon > 0 && text.substring(0, colon).matches("[A-Z][A-Za-z]*") ? text.substring(colon + 1)
                    : globalId;
        } catch (IllegalArgumentException notBase64) {
            return globalId;
        }
    }

    public static String uuid(JsonNode globalId) {
        return globalId == null || globalId.isNull() || globalId.isMissingNode() ? null : uuid(globalId.asText());
    }
}
