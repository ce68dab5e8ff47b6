package io.summitry.gateway.live;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.summitry.gateway.GatewayStackResource;
import io.summitry.stack.App;

/**
 * The gateway's test stack (the real services, {@link GatewayStackResource}), with meetings-service's change stream
 * followed through a {@link CuttableProxy}, and the response cache on (the test profile has it off).
 */
public class StackWithCuttableStream implements QuarkusTestResourceLifecycleManager {

    private static CuttableProxy meetingsStream;

    static CuttableProxy meetingsStream() {
        return meetingsStream;
    }

    @Override
    public Map<String, String> start() {
        // the shared stack: started here when this resource comes first, else the one already running
        Map<String, String> config = new HashMap<>(new GatewayStackResource().start());
        if (meetingsStream != null) {
            meetingsStream.close();
        }
        meetingsStream = CuttableProxy.to(GatewayStackResource.stack().baseUri(App.MEETINGS));
        config.put("summitry.change-stream.meetings-url", meetingsStream.url());
        config.put("summitry.response-cache.enabled", "true");
        return config;
    }

    @Override
    public void stop() {
        if (meetingsStream != null) {
            meetingsStream.close();
            meetingsStream = null;
        }
    }
}
