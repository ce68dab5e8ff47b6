package io.summitry.gateway;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.summitry.testing.ServiceStubs;
import io.summitry.testing.TestTokens;

/**
 * The gateway alone, its REST clients pointed at WireMock stubs of people-service and meetings-service
 * ({@code src/test/resources/stubs/}): for the tests of what the gateway does before or without a service's answer
 * (limits, GraphQL over HTTP, persisted queries, CORS, the schema, metrics, the web UI). No service process, no
 * PostgreSQL.
 * <p>
 * Quarkus restarts the app whenever the profile changes from one test class to the next and orders test classes by
 * profile: the classes that share this one (not a subclass) run against one start.
 */
public class StubbedServices implements QuarkusTestProfile {

    @Override
    public boolean disableGlobalTestResources() {
        return true; // GatewayStackResource, the whole stack, is global
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ServiceStubs.class, Map.of("clients", "people,meetings")));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mp.jwt.verify.publickey.location", TestTokens.publicKey().toUri().toString());
    }
}
