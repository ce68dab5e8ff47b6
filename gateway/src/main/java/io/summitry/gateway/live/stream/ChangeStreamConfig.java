package io.summitry.gateway.live.stream;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How each gateway replica follows the services' change streams ({@code GET /changes/stream}). */
@ConfigMapping(prefix = "summitry.change-stream")
public interface ChangeStreamConfig {

    /** Whether the gateway follows the streams at all; without them no cached answer is ever served. */
    @WithDefault("true")
    boolean enabled();

    /** people-service's base URL for the stream; {@code quarkus.rest-client.people.url} when not set. */
    Optional<String> peopleUrl();

    /** meetings-service's base URL for the stream; {@code quarkus.rest-client.meetings.url} when not set. */
    Optional<String> meetingsUrl();

    /** The wait before the first reconnection; each failed attempt doubles it, up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration initialBackoff();

    /** The longest wait between two reconnection attempts. */
    @WithDefault("10s")
    Duration maxBackoff();

    /**
     * A stream that sends neither an event nor a keep-alive comment for this long is taken as stalled and reconnected
     * (the services send a keep-alive every 15 s when idle).
     */
    @WithDefault("35s")
    Duration stallTimeout();

    /**
     * How often the service's latest revision is read ({@code GET /changes/latest}) to tell how far behind the
     * stream is: the only way to see a stream that is connected but not delivering.
     */
    @WithDefault("500ms")
    Duration probeInterval();

    /**
     * How far behind a stream may be (seconds since it was last known to be caught up) before the gateway stops
     * serving cached answers that hold that service's data. A cut stream counts as behind at once.
     */
    @WithDefault("1s")
    Duration stalenessBound();
}
