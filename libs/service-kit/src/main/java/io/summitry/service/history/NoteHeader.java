package io.summitry.service.history;

import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.summitry.problem.ProblemException;

/**
 * Reads the editor's note of a write from the {@code Summitry-Note} header: percent-encoded UTF-8 (RFC 3986), so
 * any script travels in an HTTP header, at most {@value #MAX_LENGTH} characters once decoded.
 */
public class NoteHeader {

    public static final String NAME = "Summitry-Note";
    static final int MAX_LENGTH = 500;
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    WriteContext context;

    @ServerRequestFilter
    public void read(ContainerRequestContext request) {
        String header = request.getHeaderString(NAME);
        if (header == null || !WRITES.contains(request.getMethod())) {
            return;
        }
        String note = decode(header);
        context.note(note.isBlank() ? null : note);
    }

    /** The note a header value carries; a 400 naming the header when it does not decode or is too long. */
    static String decode(String header) {
        String note;
        try {
            // '+' is a literal plus in RFC 3986 percent-encoding, unlike in form encoding
            byte[] bytes = URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.ISO_8859_1)
                    .getBytes(StandardCharsets.ISO_8859_1);
            note = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw ProblemException.invalidField(NAME, "must be percent-encoded UTF-8");
        }
        if (note.codePointCount(0, note.length()) > MAX_LENGTH) {
            throw ProblemException.invalidField(NAME, "must be at most " + MAX_LENGTH + " characters");
        }
        return note.strip();
    }
}
