package io.summitry.gateway.live.cache;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The gateway over {@link LiveStubsResource} only: without the real services the other tests start. */
public class LiveStubsProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(LiveStubsResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
