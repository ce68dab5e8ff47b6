package io.summitry.gateway.id;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import io.summitry.gateway.error.GatewayException;

/**
 * Opaque global ids: base64url (no padding) of {@code "<Type>:<uuid>"}. An argument of type ID accepts only an id of
 * the type it names; anything else is BAD_USER_INPUT naming the argument.
 */
public record GlobalId(String type, UUID uuid) {

    public static final String MEETING = "Meeting";
    public static final String PERSON = "Person";
    public static final String ORGANIZATION = "Organization";
    public static final String POSITION = "Position";
    public static final String STATEMENT = "Statement";
    public static final String SOURCE = "Source";
    public static final String PARTICIPANT = "Participant";
    public static final String MENTION = "Mention";
    public static final String DATE_REPORT = "DateReport";

    public static String encode(String type, UUID uuid) {
        if (uuid == null) {
            return null;
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + uuid).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes any well-formed global id, or null when it is not one. */
    public static GlobalId parse(String id) {
        if (id == null) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new GlobalId(text.substring(0, colon), UUID.fromString(text.substring(colon + 1)));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** The uuid of a global id of the expected type, or BAD_USER_INPUT naming the argument; null stays null. */
    public static UUID decode(String argument, String expectedType, String id) {
        if (id == null) {
            return null;
        }
        GlobalId parsed = parse(id);
        if (parsed == null || !parsed.type().equals(expectedType)) {
            throw GatewayException.badInput("Argument '" + argument + "' must be the id of a " + expectedType
                    + ", got '" + id + "'");
        }
        return parsed.uuid();
    }

    public static java.util.List<UUID> decodeAll(String argument, String expectedType, java.util.List<String> ids) {
        if (ids == null) {
            return null;
        }
        return ids.stream().map(id -> decode(argument, expectedType, id)).toList();
    }
}
