package io.summitry.gateway.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.smallrye.graphql.api.Context;
import io.summitry.gateway.error.GatewayException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The editor's reason for a write: the {@code note} argument of the mutation being resolved, sent on each of its
 * writes as the {@code Summitry-Note} header (percent-encoded UTF-8, RFC 3986), which the service keeps on the
 * revision. Read from the field's arguments here, as {@link io.summitry.gateway.security.CallerToken} reads the
 * token, so that each of the many write methods does not carry it by hand.
 */
@ApplicationScoped
public class MutationNote {

    public static final String HEADER = "Summitry-Note";

    /** The services' bound, checked here too so that a long note is refused naming the argument, not the header. */
    public static final int MAX_LENGTH = 500;

    private final Context context;

    MutationNote(Context context) {
        this.context = context;
    }

    /** The header value, or null when the mutation has no note; BAD_USER_INPUT when the note is too long. */
    String header() {
        if (!context.hasArgument("note")) {
            return null;
        }
        Object value = context.getArgument("note");
        if (!(value instanceof String note) || note.isEmpty()) {
            return null;
        }
        if (note.codePointCount(0, note.length()) > MAX_LENGTH) {
            throw GatewayException.badInput("Argument 'note' must be at most " + MAX_LENGTH + " characters, was "
                    + note.codePointCount(0, note.length()));
        }
        return encode(note);
    }

    /** RFC 3986 percent-encoding: URLEncoder's form encoding, except that a space is %20, not '+'. */
    static String encode(String note) {
        return URLEncoder.encode(note, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
