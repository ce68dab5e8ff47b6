package io.summitry.gateway.persisted;

import static io.summitry.gateway.persisted.PersistedQueriesTest.extension;
import static io.summitry.gateway.persisted.PersistedQueriesTest.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.summitry.gateway.StubbedServices;

/** In allow-list mode only the registered operations run, whether sent by hash or in full. */
@QuarkusTest
@TestProfile(AllowListTest.OnlyRegistered.class)
class AllowListTest {

    static final String REGISTERED = "query Countries { countries { code name } }";

    /** Registers one operation in an Apollo persisted-query manifest written at test time. */
    public static class OnlyRegistered extends StubbedServices {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path manifest = Path.of("target", "allow-list.json").toAbsolutePath();
                Files.createDirectories(manifest.getParent());
                Files.writeString(manifest, "{\"format\":\"apollo-persisted-query-manifest\",\"version\":1,"
                        + "\"operations\":[{\"name\":\"Countries\",\"type\":\"query\",\"body\":\""
                        + REGISTERED + "\"}]}");
                Map<String, String> config = new HashMap<>(super.getConfigOverrides());
                config.put("summitry.graphql.persisted-queries.allow-list", manifest.toString());
                return config;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void shouldRunOnlyRegisteredOperations() {
        JsonPath byHash = post(Map.of("extensions", extension(PersistedQueries.sha256(REGISTERED))));
        assertThat(byHash.getList("data.countries")).isNotEmpty();
        JsonPath inFull = post(Map.of("query", REGISTERED));
        assertThat(inFull.getList("data.countries")).isNotEmpty();

        JsonPath other = post(Map.of("query", "{ countries { code } }"));
        assertThat(other.getString("errors[0].extensions.code")).isEqualTo("PERSISTED_QUERY_NOT_ALLOWED");
        assertThat(other.getString("data")).isNull();
        String unregistered = "{ allSeries { slug } }";
        JsonPath registering = post(Map.of("query", unregistered,
                "extensions", extension(PersistedQueries.sha256(unregistered))));
        assertThat(registering.getString("errors[0].extensions.code")).isEqualTo("PERSISTED_QUERY_NOT_ALLOWED");
        JsonPath unknownHash = post(Map.of("extensions", extension(PersistedQueries.sha256(unregistered))));
        assertThat(unknownHash.getString("errors[0].extensions.code")).isEqualTo("PERSISTED_QUERY_NOT_ALLOWED");
    }
}
