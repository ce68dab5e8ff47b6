package io.summitry.service.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.logging.Log;
import io.summitry.api.history.ChangeDto;

/**
 * One client's stream: the revision it has been sent up to, and the loop that reads the next revisions from the log
 * and sends them. At most one read or write is under way at a time ({@link #busy}), and the next read waits until the
 * client has taken the last write: a client that falls behind is simply read for from the log where it is, and costs
 * the service one read's worth of memory at most.
 */
final class ChangeStream {

    private final ChangeStreams streams;
    private final SseEventSink sink;
    private final Sse sse;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    // The last revision sent (or the resume point): written only by the one read or write under way.
    private volatile long position;
    // Set by every wake: a wake that found the stream busy is not lost, the stream looks again once idle.
    private volatile boolean woken;

    ChangeStream(ChangeStreams streams, SseEventSink sink, Sse sse, long position) {
        this.streams = streams;
        this.sink = sink;
        this.sse = sse;
        this.position = position;
    }

    /** Something may have been committed: read and send it unless a read or write is already under way. */
    void wake() {
        woken = true;
        if (sink.isClosed()) {
            close();
            return;
        }
        if (position < streams.known() && busy.compareAndSet(false, true)) {
            streams.workers().execute(this::read);
        }
    }

    long position() {
        return position;
    }

    /** Sends {@code : keep-alive} when the stream is idle; finds a client that went away. */
    void keepAlive() {
        if (sink.isClosed()) {
            close();
        } else if (busy.compareAndSet(false, true)) {
            send(sse.newEventBuilder().comment("keep-alive").build()).whenComplete((ignored, failure) -> {
                if (failure != null) {
                    close();
                } else {
                    idle(false);
                }
            });
        }
    }

    void close() {
        if (closed.compareAndSet(false, true)) {
            streams.closed(this);
            try {
                sink.close();
            } catch (RuntimeException e) {
                Log.debugf("Closing a change stream: %s", e.getMessage());
            }
        }
    }

    private void read() {
        woken = false;
        List<ChangeDto> changes;
        try {
            changes = streams.log().after(position, streams.revisionsPerRead());
        } catch (RuntimeException e) {
            // The database is away: the catch-up tick wakes this stream again.
            Log.debugf("Change stream after revision %d: the log could not be read: %s", position, e.getMessage());
            busy.set(false);
            return;
        }
        if (changes.isEmpty()) {
            idle(false);
        } else {
            sendRevisions(byRevision(changes), 0);
        }
    }

    /** Sends one revision, and the next only once the client has taken it. */
    private void sendRevisions(List<List<ChangeDto>> revisions, int next) {
        if (next == revisions.size()) {
            // The log may hold more than one read's worth: read on until this stream has every known revision.
            idle(true);
            return;
        }
        List<ChangeDto> revision = revisions.get(next);
        long id = revision.get(0).revision();
        OutboundSseEvent event;
        try {
            event = sse.newEventBuilder().id(Long.toString(id)).name("revision")
                    .data(String.class, streams.json().writeValueAsString(revision)).build();
        } catch (JsonProcessingException e) {
            Log.errorf(e, "Change stream: revision %d could not be written as JSON", id);
            close();
            return;
        }
        send(event).whenComplete((ignored, failure) -> {
            if (failure != null) {
                close();
            } else {
                position = id;
                sendRevisions(revisions, next + 1);
            }
        });
    }

    /**
     * Lets the next read or write start; starts it at once after a read that sent something (there may be more), or
     * when a wake came meanwhile. Not after a read that found nothing: the next notification or catch-up wakes it.
     */
    private void idle(boolean readOn) {
        busy.set(false);
        if (readOn || woken) {
            wake();
        }
    }

    private CompletionStage<?> send(OutboundSseEvent event) {
        try {
            return sink.send(event);
        } catch (RuntimeException e) {
            // The client went away between the check and the send.
            return CompletableFuture.failedFuture(e);
        }
    }

    private static List<List<ChangeDto>> byRevision(List<ChangeDto> changes) {
        List<List<ChangeDto>> revisions = new ArrayList<>();
        for (ChangeDto change : changes) {
            if (revisions.isEmpty() || revisions.get(revisions.size() - 1).get(0).revision() != change.revision()) {
                revisions.add(new ArrayList<>());
            }
            revisions.get(revisions.size() - 1).add(change);
        }
        return revisions;
    }
}
