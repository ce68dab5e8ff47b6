package io.summitry.gateway.live.stream;

import java.util.function.Consumer;

/**
 * Reads a {@code text/event-stream} line by line (WHATWG HTML, "Server-sent events"): {@code id}, {@code event},
 * {@code data} fields gathered until a blank line dispatches them; a line starting with a colon is a comment (the
 * services' keep-alive). Not thread-safe: one stream, one reader.
 */
final class ServerSentEvents {

    /** One dispatched event; {@code id} is null when the event named none. */
    record Event(String id, String type, String data) {
    }

    private final Consumer<Event> events;
    private String id;
    private String type;
    private StringBuilder data;

    ServerSentEvents(Consumer<Event> events) {
        this.events = events;
    }

    /** One line, without its end ({@code \n}; a {@code \r} before it is dropped here). */
    void line(String line) {
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.isEmpty()) {
            dispatch();
            return;
        }
        if (line.startsWith(":")) {
            return;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "id" -> id = value;
            case "event" -> type = value;
            case "data" -> {
                if (data == null) {
                    data = new StringBuilder(value);
                } else {
                    data.append('\n').append(value);
                }
            }
            default -> {
                // "retry" and unknown fields: the follower has its own backoff
            }
        }
    }

    /** Forgets a half-read event (the connection ended in the middle of it). */
    void reset() {
        id = null;
        type = null;
        data = null;
    }

    private void dispatch() {
        if (data != null) {
            events.accept(new Event(id, type == null ? "message" : type, data.toString()));
        }
        reset();
    }
}
