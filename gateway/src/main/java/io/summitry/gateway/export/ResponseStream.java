package io.summitry.gateway.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/**
 * A chunked HTTP response body as an {@link OutputStream}, for a writer on a worker thread: bytes are gathered up to
 * {@link #CHUNK} and each chunk waits until the connection has taken it, so a slow client slows the export down
 * instead of letting unsent chunks pile up in memory. The export calls {@link #flush()} only between whole records,
 * so every chunk ends on a record's end and a cut connection never leaves half a record behind a sent chunk.
 */
final class ResponseStream extends OutputStream {

    /** Bytes gathered before a chunk is sent. */
    static final int CHUNK = 64 * 1024;

    /** How long one chunk may wait for a client that reads nothing before the export gives up. */
    private static final long STALL_SECONDS = 60;

    private final HttpServerResponse response;
    private byte[] buffer = new byte[CHUNK];
    private int length;

    ResponseStream(HttpServerResponse response) {
        this.response = response;
    }

    @Override
    public void write(int b) throws IOException {
        if (length == buffer.length) {
            grow(1);
        }
        buffer[length++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int count) throws IOException {
        if (length + count > buffer.length) {
            grow(count);
        }
        System.arraycopy(bytes, offset, buffer, length, count);
        length += count;
    }

    /** A record larger than a chunk grows the buffer for its time; the next full chunk sent shrinks it back. */
    private void grow(int more) {
        buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }

    /** Sends what is gathered once it fills a chunk: called between records. */
    @Override
    public void flush() throws IOException {
        if (length >= CHUNK) {
            send();
        }
    }

    /** Sends what is left; the response is then ended by its owner. */
    void finish() throws IOException {
        if (length > 0) {
            send();
        }
    }

    private void send() throws IOException {
        Buffer chunk = Buffer.buffer(java.util.Arrays.copyOf(buffer, length));
        length = 0;
        if (buffer.length > CHUNK) {
            buffer = new byte[CHUNK];
        }
        try {
            response.write(chunk).toCompletionStage().toCompletableFuture().get(STALL_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while sending the export");
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the client did not take the export", e);
        }
    }
}
