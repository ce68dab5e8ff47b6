package io.summitry.gateway.pipeline;

import java.io.StringReader;
import java.util.Map;

import io.summitry.gateway.error.ErrorCode;
import io.summitry.gateway.pipeline.GraphQLHttp.Refusal;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.stream.JsonParsingException;

/**
 * Reads the JSON a client sends (a POST body, a GET's {@code variables} and {@code extensions}) within
 * {@code summitry.limits.max-json-depth}: text nested deeper is refused with BAD_REQUEST naming the limit and where,
 * found by {@link JsonDepth} before the parser builds anything, and text that is not JSON is refused naming where the
 * parser stopped.
 * <p>
 * Parsson has a bound of its own, set here to the same depth; it refuses with a bare {@code RuntimeException} (no
 * location, no type of its own), which is why the depth is found first rather than told from Parsson's failure.
 */
final class JsonText {

    static final String LIMIT = "summitry.limits.max-json-depth";

    private final int maxDepth;
    private final JsonReaderFactory readers;

    JsonText(int maxDepth) {
        this.maxDepth = maxDepth;
        // Parsson refuses a text as deep as its bound; one more lets through exactly what the limit allows
        this.readers = Json.createReaderFactory(Map.of("org.eclipse.parsson.maxDepth", maxDepth + 1));
    }

    /**
     * The JSON value of a text, {@code enclosing} levels below the top of the request (0 for a body, 1 for a GET
     * parameter that stands for a member of the body), or a {@link Refusal} that names {@code what} was read.
     */
    JsonStructure read(String text, String what, int enclosing) {
        String member = JsonDepth.deeperThan(text, maxDepth, enclosing);
        if (member != null) {
            String where = member.isEmpty() ? "" : " (in '" + (member.length() > 40 ? member.substring(0, 40) + "…"
                    : member) + "')";
            throw new Refusal(400, ErrorCode.BAD_REQUEST, what + " nests JSON deeper than " + maxDepth + " levels"
                    + where + ", the limit (" + LIMIT + ")");
        }
        try (JsonReader reader = readers.createReader(new StringReader(text))) {
            return reader.read();
        } catch (JsonParsingException malformed) {
            throw new Refusal(400, ErrorCode.BAD_REQUEST, what + " is not valid JSON (at line "
                    + malformed.getLocation().getLineNumber() + ", column " + malformed.getLocation().getColumnNumber()
                    + "; comments are not JSON)");
        } catch (RuntimeException malformed) {
            // JsonException, IllegalStateException, Parsson's bounds (depth, number sizes): the client's text either way
            throw new Refusal(400, ErrorCode.BAD_REQUEST, what + " is not valid JSON");
        }
    }
}
