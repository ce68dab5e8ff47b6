package io.summitry.gateway.persisted;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.logging.Log;
import io.summitry.gateway.error.ErrorCode;
import io.summitry.gateway.error.GatewayException;
import io.vertx.core.json.JsonArray;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Automatic persisted queries as Apollo clients send them: {@code extensions.persistedQuery.sha256Hash} in a POST
 * body or in the {@code extensions} parameter of a GET. A known hash without a query runs the stored query; an
 * unknown one answers PersistedQueryNotFound (code PERSISTED_QUERY_NOT_FOUND), upon which the client resends the
 * query with its hash, which is checked and stored (bounded, least recently used evicted). With an allow-list only
 * the listed operations run.
 */
@ApplicationScoped
public class PersistedQueries {

    static final String NOT_FOUND = "PersistedQueryNotFound";

    private final PersistedQueriesConfig config;
    private final CaffeineCache cache;
    private final Map<String, String> allowed;

    PersistedQueries(PersistedQueriesConfig config, @CacheName("persisted-queries") Cache cache) {
        this.config = config;
        this.cache = cache.as(CaffeineCache.class);
        this.allowed = config.allowList().map(PersistedQueries::readManifest).orElse(null);
        if (allowed != null) {
            Log.infof("Persisted-query allow-list: %d operations from %s", allowed.size(),
                    config.allowList().get());
        }
    }

    /** The sha256 of a query, as lower-case hex. */
    public static String sha256(String query) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(query.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The query a request runs: its own text, or the stored one its hash names. A text sent with its hash is checked
     * against it and stored.
     *
     * @param query the request's query, or null
     * @param extensions the request's extensions, or null
     * @return the query to run, or null when the request has neither a query nor a hash
     * @throws GatewayException when the request cannot run: PERSISTED_QUERY_NOT_FOUND (the client then sends the
     *         text), PERSISTED_QUERY_NOT_ALLOWED, PERSISTED_QUERY_NOT_SUPPORTED, BAD_USER_INPUT
     */
    public String resolve(String query, JsonObject extensions) {
        String hash = hashOf(extensions);
        if (hash == null) {
            if (allowed != null && query != null && !allowed.containsKey(sha256(query))) {
                throw new GatewayException(ErrorCode.PERSISTED_QUERY_NOT_ALLOWED,
                        "Only registered operations run here; this one is not registered");
            }
            return query;
        }
        if (!config.enabled()) {
            throw new GatewayException(ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED, "Persisted queries are not supported");
        }
        if (query != null) {
            if (!sha256(query).equals(hash)) {
                throw GatewayException.badInput("provided sha does not match query");
            }
            if (allowed != null && !allowed.containsKey(hash)) {
                throw new GatewayException(ErrorCode.PERSISTED_QUERY_NOT_ALLOWED,
                        "Only registered operations run here; this one is not registered");
            }
            cache.put(hash, CompletableFuture.completedFuture(query));
            return query;
        }
        String stored = allowed != null ? allowed.get(hash) : lookup(hash);
        if (stored == null) {
            throw new GatewayException(allowed != null ? ErrorCode.PERSISTED_QUERY_NOT_ALLOWED
                    : ErrorCode.PERSISTED_QUERY_NOT_FOUND, NOT_FOUND);
        }
        return stored;
    }

    private String lookup(String hash) {
        CompletableFuture<Object> found = cache.getIfPresent(hash);
        return found == null ? null : (String) found.getNow(null);
    }

    private static String hashOf(JsonObject extensions) {
        if (extensions == null || !extensions.containsKey("persistedQuery")) {
            return null;
        }
        if (!(extensions.get("persistedQuery") instanceof JsonObject persisted)
                || !(persisted.get("sha256Hash") instanceof JsonString text)
                || !text.getString().matches("[0-9a-fA-F]{64}")) {
            throw GatewayException.badInput("extensions.persistedQuery needs a sha256Hash of 64 hex digits");
        }
        JsonValue version = persisted.get("version");
        if (version != null && version != JsonValue.NULL
                && !(version instanceof JsonNumber number && number.isIntegral() && number.intValue() == 1)) {
            throw GatewayException.badInput("Only version 1 of persistedQuery is supported");
        }
        return text.getString().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> readManifest(java.nio.file.Path file) {
        try {
            io.vertx.core.json.JsonObject manifest = new io.vertx.core.json.JsonObject(
                    Files.readString(file, StandardCharsets.UTF_8));
            JsonArray operations = Optional.ofNullable(manifest.getJsonArray("operations")).orElse(new JsonArray());
            List<String> bodies = operations.stream().map(o -> ((io.vertx.core.json.JsonObject) o).getString("body"))
                    .toList();
            return bodies.stream().collect(Collectors.toUnmodifiableMap(PersistedQueries::sha256, b -> b,
                    (a, b) -> a));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the persisted-query allow-list " + file, e);
        }
    }
}
