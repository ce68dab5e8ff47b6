package io.summitry.service.changes;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.summitry.api.history.ChangeDto;
import io.summitry.api.history.EditorDto;
import io.summitry.api.history.FieldChangeDto;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The open change streams of this process and the newest revision it knows to be committed. The LISTEN connection
 * ({@link ChangeListener}) and a periodic catch-up read raise that revision; each rise wakes every stream, and each
 * stream then reads what it lacks from the log. One thread of its own times the catch-up reads and the keep-alives.
 */
@ApplicationScoped
// The events' data is written with Jackson here, not by Quarkus REST, which would register the types it serialises:
// without this a native executable could not read their components.
@RegisterForReflection(targets = { ChangeDto.class, EditorDto.class, FieldChangeDto.class })
public class ChangeStreams {

    @Inject
    ChangeLogReader log;
    @Inject
    ChangesConfig config;
    @Inject
    ObjectMapper json;

    private final Set<ChangeStream> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong known = new AtomicLong();
    private final AtomicBoolean catchingUp = new AtomicBoolean();
    // Reads of the log and the writes to clients run on Quarkus's worker pool: the log is read over JDBC.
    private final Executor workers = Infrastructure.getDefaultWorkerPool();
    private ScheduledExecutorService ticks;

    @PostConstruct
    void start() {
        ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "summitry-changes-ticks");
            thread.setDaemon(true);
            return thread;
        });
        long catchUp = config.catchUp().toMillis();
        long keepAlive = config.keepAlive().toMillis();
        ticks.scheduleWithFixedDelay(this::catchUpNow, catchUp, catchUp, TimeUnit.MILLISECONDS);
        ticks.scheduleWithFixedDelay(this::keepAlive, keepAlive, keepAlive, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens a stream on {@code sink} that sends every revision after {@code after}, or, when null, every revision
     * committed from now on. Reads the newest revision first, so a database that is down fails the request instead.
     */
    public void open(SseEventSink sink, Sse sse, Long after) {
        long latest = log.latestRevision();
        heard(latest);
        // Sent from the request's thread, so the response's head is written before any other thread writes to it
        // (Quarkus REST writes it after the method returns otherwise, and a first event sent meanwhile from a worker
        // would race it); the client also learns at once that the stream is open.
        sink.send(sse.newEventBuilder().comment("keep-alive").build());
        ChangeStream stream = new ChangeStream(this, sink, sse, after == null ? latest : after);
        open.add(stream);
        stream.wake();
    }

    /** A revision is known to be committed: wake every stream if it is newer than any known before. */
    void heard(long revision) {
        if (known.getAndAccumulate(revision, Math::max) < revision) {
            open.forEach(ChangeStream::wake);
        }
    }

    /**
     * Reads the newest revision soon, on a worker thread (a stalled database must not hold up the keep-alives): what
     * was committed while nothing was listening. At most one such read is under way.
     */
    void catchUpNow() {
        if (catchingUp.compareAndSet(false, true)) {
            try {
                workers.execute(this::catchUp);
            } catch (RuntimeException e) {
                catchingUp.set(false);
                throw e;
            }
        }
    }

    long known() {
        return known.get();
    }

    /** How many streams are open in this process. */
    public int openStreams() {
        return open.size();
    }

    /** How many known revisions the slowest open stream has yet to send its client; 0 when none is behind. */
    public long behind() {
        long newest = known.get();
        return open.stream().mapToLong(stream -> Math.max(0, newest - stream.position())).max().orElse(0);
    }

    void closed(ChangeStream stream) {
        open.remove(stream);
    }

    ChangeLogReader log() {
        return log;
    }

    ObjectMapper json() {
        return json;
    }

    int revisionsPerRead() {
        return Math.max(1, config.revisionsPerRead());
    }

    Executor workers() {
        return workers;
    }

    private void catchUp() {
        try {
            if (open.isEmpty()) {
                return;
            }
            heard(log.latestRevision());
        } catch (RuntimeException e) {
            Log.debugf("Change stream catch-up: the newest revision could not be read: %s", e.getMessage());
        } finally {
            catchingUp.set(false);
        }
        // Also wakes the streams whose last read failed (a database outage): they read again now.
        open.forEach(ChangeStream::wake);
    }

    private void keepAlive() {
        open.forEach(ChangeStream::keepAlive);
    }

    @PreDestroy
    void stop() {
        ticks.shutdownNow();
        open.forEach(ChangeStream::close);
    }
}
