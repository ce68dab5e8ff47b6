package io.summitry.gateway;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.summitry.gateway.pipeline.UriGuard;

/** Starts the gateway with the HTTP layer's URI check handed to {@link UriGuard}, before Quarkus reads it. */
@QuarkusMain
public class GatewayMain {

    public static void main(String... args) {
        UriGuard.takeOverFromVertx();
        Quarkus.run(args);
    }
}
