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
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

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
     * Resolves the request's persisted query, if any, into its text (so that the limits and smallrye see a plain
     * request), or answers it when it cannot run.
     *
     * @return whether the request may go on
     */
    public boolean resolve(RoutingContext context) {
        boolean get = context.request().method() == HttpMethod.GET;
        JsonObject body = get ? null : bodyObject(context);
        if (!get && body == null) {
            return true;
        }
        String query = get ? context.request().getParam("query") : body.getValue("query") instanceof String q ? q
                : null;
        Object extensions = get ? context.request().getParam("extensions") : body.getValue("extensions");
        String hash;
        try {
            hash = hashOf(extensions);
        } catch (IllegalArgumentException malformed) {
            return reject(context, malformed.getMessage(), ErrorCode.BAD_USER_INPUT);
        }
        if (hash == null) {
            if (allowed != null && query != null && !allowed.containsKey(sha256(query))) {
                return reject(context, "Only registered operations run here; this one is not registered",
                        ErrorCode.PERSISTED_QUERY_NOT_ALLOWED);
            }
            return true;
        }
        if (!config.enabled()) {
            return reject(context, "Persisted queries are not supported", ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED);
        }
        if (query != null) {
            if (!sha256(query).equals(hash)) {
                return reject(context, "provided sha does not match query", ErrorCode.BAD_USER_INPUT);
            }
            if (allowed != null && !allowed.containsKey(hash)) {
                return reject(context, "Only registered operations run here; this one is not registered",
                        ErrorCode.PERSISTED_QUERY_NOT_ALLOWED);
            }
            cache.put(hash, CompletableFuture.completedFuture(query));
            return true;
        }
        String stored = allowed != null ? allowed.get(hash) : lookup(hash);
        if (stored == null) {
            return reject(context, NOT_FOUND, allowed != null ? ErrorCode.PERSISTED_QUERY_NOT_ALLOWED
                    : ErrorCode.PERSISTED_QUERY_NOT_FOUND);
        }
        if (get) {
            context.queryParams().set("query", stored);
            context.request().params().set("query", stored);
        } else {
            body.put("query", stored);
            context.setBody(Buffer.buffer(body.encode()));
        }
        return true;
    }

    private String lookup(String hash) {
        CompletableFuture<Object> found = cache.getIfPresent(hash);
        return found == null ? null : (String) found.getNow(null);
    }

    private static String hashOf(Object extensions) {
        if (extensions == null) {
            return null;
        }
        JsonObject object;
        try {
            object = extensions instanceof JsonObject json ? json
                    : extensions instanceof String text ? new JsonObject(text) : null;
        } catch (DecodeException | ClassCastException e) {
            throw new IllegalArgumentException("'extensions' is not a JSON object");
        }
        if (object == null) {
            throw new IllegalArgumentException("'extensions' is not a JSON object");
        }
        Object persisted = object.getValue("persistedQuery");
        if (persisted == null) {
            return null;
        }
        if (!(persisted instanceof JsonObject pq) || !(pq.getValue("sha256Hash") instanceof String hash)
                || !hash.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("extensions.persistedQuery needs a sha256Hash of 64 hex digits");
        }
        if (pq.getValue("version") != null && !Integer.valueOf(1).equals(pq.getValue("version"))) {
            throw new IllegalArgumentException("Only version 1 of persistedQuery is supported");
        }
        return hash.toLowerCase(Locale.ROOT);
    }

    private static JsonObject bodyObject(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json") || context.body() == null
                || context.body().isEmpty()) {
            return null;
        }
        try {
            return context.body().asJsonObject();
        } catch (DecodeException | ClassCastException notAnObject) {
            return null;
        }
    }

    private static Map<String, String> readManifest(java.nio.file.Path file) {
        try {
            JsonObject manifest = new JsonObject(Files.readString(file, StandardCharsets.UTF_8));
            JsonArray operations = Optional.ofNullable(manifest.getJsonArray("operations")).orElse(new JsonArray());
            List<String> bodies = operations.stream().map(o -> ((JsonObject) o).getString("body")).toList();
            return bodies.stream().collect(Collectors.toUnmodifiableMap(PersistedQueries::sha256, b -> b,
                    (a, b) -> a));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the persisted-query allow-list " + file, e);
        }
    }

    private static boolean reject(RoutingContext context, String message, ErrorCode code) {
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code.name()));
        context.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(Json.encode(new JsonObject().put("errors", List.of(error))));
        return false;
    }
}
