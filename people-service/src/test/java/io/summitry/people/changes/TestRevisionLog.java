package io.summitry.people.changes;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service on a database of its own with {@link TestChangeLog} as its revision log; catch-up slow enough that a
 * notified revision can only have come by LISTEN within a second, keep-alives fast enough to see.
 */
public class TestRevisionLog implements QuarkusTestProfile {

    static final long CATCH_UP_MILLIS = 3_000;

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TestChangeLog.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("summitry.changes.catch-up", CATCH_UP_MILLIS + "ms",
                "summitry.changes.keep-alive", "300ms",
                "summitry.changes.reconnect-delay", "200ms");
    }
}
