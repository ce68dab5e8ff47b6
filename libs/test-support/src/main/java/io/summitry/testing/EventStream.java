package io.summitry.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server-sent events client for tests: opens {@code GET uri} with {@code Accept: text/event-stream}, parses the
 * events as they arrive (on a thread of its own) and hands them out in order. {@link #close()} drops the connection,
 * as a browser tab that is closed does.
 */
public final class EventStream implements AutoCloseable {

    /** One event: its id, its type ({@code event:}) and its data (lines joined with newlines). */
    public record Event(String id, String name, String data) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final int status;
    private final String contentType;
    private final InputStream body;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final AtomicInteger comments = new AtomicInteger();
    private volatile boolean ended;

    private EventStream(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        this.body = response.body();
    }

    /** Opens the stream with the given request headers (name, value, name, value, ...); returns once headers came. */
    public static EventStream open(URI uri, String... headers) {
        return openPaused(uri, headers).read();
    }

    /**
     * Opens the stream but reads nothing until {@link #read()}: a client that has fallen behind. The HTTP client then
     * buffers only a little, so the server's writes wait for this client as they would for a slow network.
     */
    public static EventStream openPaused(URI uri, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return new EventStream(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    /** The next event, or null when none came within {@code timeout}. */
    public Event next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next {@code count} events, or fewer when the rest did not come within {@code timeout} in all. */
    public List<Event> next(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Event> taken = new ArrayList<>();
        while (taken.size() < count) {
            Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                break;
            }
            taken.add(event);
        }
        return taken;
    }

    /** How many comment lines (such as {@code : keep-alive}) came so far. */
    public int comments() {
        return comments.get();
    }

    /** Whether the server ended the stream. */
    public boolean ended() {
        return ended;
    }

    /** The whole body when the answer was not a stream (an error's problem+json), read to its end. */
    public String text() throws IOException {
        return ended ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            // already gone
        }
    }

    /** Starts reading the events (on a thread of its own). */
    public EventStream read() {
        Thread reader = new Thread(this::readEvents, "event-stream-client");
        reader.setDaemon(true);
        reader.start();
        return this;
    }

    private void readEvents() {
        if (!contentType.startsWith("text/event-stream")) {
            return;
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = null;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, name, data.toString()));
                    }
                    name = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    comments.incrementAndGet();
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> {
                        }
                    }
                }
            }
        } catch (IOException e) {
            // closed by close(), or by the server
        } finally {
            ended = true;
        }
    }
}
