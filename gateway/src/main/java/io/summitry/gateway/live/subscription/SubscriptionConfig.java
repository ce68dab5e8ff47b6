package io.summitry.gateway.live.subscription;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of GraphQL over WebSocket on {@code /graphql} ({@link LiveWebSocket}); each refusal has its own code. */
@ConfigMapping(prefix = "summitry.subscriptions")
public interface SubscriptionConfig {

    /** Subscriptions open at once on one connection; one more is answered with an error TOO_MANY_SUBSCRIPTIONS. */
    @WithDefault("20")
    int maxPerConnection();

    /** WebSocket connections open at once from one client address; one more is refused with HTTP 429. */
    @WithDefault("50")
    int maxConnectionsPerAddress();

    /** How long a connection may stay open without {@code connection_init}: then it is closed with 4408. */
    @WithDefault("10s")
    Duration connectionInitTimeout();

    /**
     * How often a WebSocket ping frame goes to each connection, so proxies keep it open and a dead peer is found
     * (smallrye-graphql also sends the protocol's own keep-alive every 10 s).
     */
    @WithDefault("15s")
    Duration keepAlive();

    /** The largest message a client may send; a larger one closes the connection with 1009. */
    @WithDefault("65536")
    int maxMessageBytes();

    /**
     * Bytes written to a connection and not yet taken by the client; past this the client is a slow consumer and the
     * connection is closed with 4503 rather than buffered without bound.
     */
    @WithDefault("1048576")
    int maxQueuedBytes();

    /** Changes held for one subscriber that does not ask for more; past this its subscription fails SLOW_CONSUMER. */
    @WithDefault("256")
    int maxPendingChanges();
}
