package io.summitry.service.changes;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The change stream's settings ({@code summitry.changes.*}). */
@ConfigMapping(prefix = "summitry.changes")
public interface ChangesConfig {

    /**
     * How often an idle stream sends the comment {@code : keep-alive}, so that proxies keep it open and a client that
     * went away is noticed and its stream freed.
     */
    @WithDefault("15s")
    Duration keepAlive();

    /**
     * How often the newest revision is read from the log even when no notification came: the most a lost
     * notification, or a LISTEN connection that died unnoticed, delays an event. Also how long the LISTEN connection
     * may stay silent before it is checked.
     */
    @WithDefault("5s")
    Duration catchUp();

    /**
     * How many revisions a stream reads from the log at once. A stream holds at most these until its client has taken
     * them, and reads no further meanwhile: a slow client costs memory for one read, never a growing buffer.
     */
    @WithDefault("20")
    int revisionsPerRead();

    /** How long the LISTEN connection waits before it is opened again after it failed (the database restarted). */
    @WithDefault("1s")
    Duration reconnectDelay();
}
