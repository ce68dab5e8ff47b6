package io.summitry.service.changes;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The open change streams of this process and the newest revision it knows to be committed. The LISTEN connection
 * ({@link ChangeListener}) and a periodic catch-up read raise that revision; each rise wakes every stream, and each
 * stream then reads what it lacks from the log. One thread of its own runs the catch-up read and the keep-alives.
 */
@ApplicationScoped
public class ChangeStreams {

    @Inject
    ChangeLogReader log;
    @Inject
    ChangesConfig config;
    @Inject
    ObjectMapper json;

    private final Set<ChangeStream> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong known = new AtomicLong();
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
        ticks.scheduleWithFixedDelay(this::catchUp, catchUp, catchUp, TimeUnit.MILLISECONDS);
        ticks.scheduleWithFixedDelay(this::keepAlive, keepAlive, keepAlive, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens a stream on {@code sink} that sends every revision after {@code after}, or, when null, every revision
     * committed from now on. Reads the newest revision first, so a database that is down fails the request instead.
     */
    public void open(SseEventSink sink, Sse sse, Long after) {
        long latest = log.latestRevision();
        heard(latest);
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

    /** Reads the newest revision soon, off the caller's thread: what was committed while nothing was listening. */
    void catchUpNow() {
        ticks.execute(this::catchUp);
    }

    long known() {
        return known.get();
    }

    /** How many streams are open in this process. */
    public int openStreams() {
        return open.size();
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
        return config.revisionsPerRead();
    }

    Executor workers() {
        return workers;
    }

    private void catchUp() {
        if (open.isEmpty()) {
            return;
        }
        try {
            heard(log.latestRevision());
        } catch (RuntimeException e) {
            Log.debugf("Change stream catch-up: the newest revision could not be read: %s", e.getMessage());
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
