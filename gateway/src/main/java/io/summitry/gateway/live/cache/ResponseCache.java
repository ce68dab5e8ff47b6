package io.summitry.gateway.live.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.RemovalCause;

import graphql.ExecutionResult;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.summitry.api.history.ChangeDto;
import io.summitry.gateway.client.DownstreamCalls;
import io.summitry.gateway.live.stream.ChangeStreams;
import io.summitry.gateway.live.stream.Revision;

/**
 * Answers to queries, kept in memory (Caffeine, bounded by size and TTL) and evicted by what the change streams say
 * changed (see {@link AnswerTags} for what an answer is tagged with), and, on the gateway that served a mutation, by
 * the records the mutation named, before its answer is sent ({@link CacheInstrumentation}).
 * <p>
 * Key: the document as graphql-java prints it compactly (so spacing and comments do not matter), the operation name
 * and the variables as sent. Not the caller: reads are public and the same for every caller (a write needs the editor
 * role; no query answers differently with a token).
 * <p>
 * An answer is served from the cache only while the stream of every service it holds data of (the services it
 * called, {@code extensions.downstreamCalls}) is connected and not behind by more than the staleness bound; else it
 * is answered from the services. An answer is stored only when it has no errors, its services' streams are fresh,
 * and none of its tags was evicted while it was being computed (it may have read the record before the change).
 */
@ApplicationScoped
public class ResponseCache {

    /** The response extension, as Envelop's and Hive's response cache name it. */
    public static final String EXTENSION = "responseCache";
    private static final JsonObject HIT = Json.createObjectBuilder().add("hit", true).build();

    private final ResponseCacheConfig config;
    private final ChangeStreams streams;
    private final Instance<GraphQLSchema> schema;
    private final Cache<Key, Answer> answers;
    private final Map<String, Set<Key>> byTag = new ConcurrentHashMap<>();
    /** When each tag was last evicted (nanoTime), for the answers being computed meanwhile; kept past any deadline. */
    private final Cache<String, Long> evictedAt = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(2))
            .maximumSize(200_000).build();
    private final Cache<String, String> normalized = Caffeine.newBuilder().maximumSize(2048).build();
    private final Cache<String, Set<String>> documentTags = Caffeine.newBuilder().maximumSize(2048).build();
    private final Counter hits;
    private final Counter misses;
    private final Counter bypassed;
    private final MeterRegistry registry;

    ResponseCache(ResponseCacheConfig config, ChangeStreams streams, Instance<GraphQLSchema> schema,
            MeterRegistry registry) {
        this.config = config;
        this.streams = streams;
        this.schema = schema;
        this.registry = registry;
        this.answers = Caffeine.newBuilder().maximumSize(config.maximumSize()).expireAfter(new Expiry<Key, Answer>() {
            public long expireAfterCreate(Key key, Answer answer, long now) {
                return answer.ttlNanos;
            }

            public long expireAfterUpdate(Key key, Answer answer, long now, long current) {
                return answer.ttlNanos;
            }

            public long expireAfterRead(Key key, Answer answer, long now, long current) {
                return current;
            }
        }).removalListener((Key key, Answer answer, RemovalCause cause) -> {
            // An answer replaced under the same key (two misses of one query stored one after the other) leaves the
            // key indexed: store() indexed it for the new answer before putting it, and unindexing here would leave
            // the new answer out of reach of every eviction, stale until its TTL. Nor is a key unindexed while another
            // answer is under it. An index entry left over only makes an eviction drop more than it had to.
            if (answer != null && cause != RemovalCause.REPLACED && !holds(key)) {
                answer.tags.forEach(tag -> byTag.computeIfPresent(tag, (t, keys) -> {
                    keys.remove(key);
                    return keys.isEmpty() ? null : keys;
                }));
            }
            if (answer != null) {
                if (cause != RemovalCause.REPLACED && cause != RemovalCause.EXPLICIT) {
                    evictions(cause == RemovalCause.SIZE ? "size" : "expired").increment();
                }
            }
        }).executor(Runnable::run).build();
        this.hits = Counter.builder("summitry_response_cache_hits").description("Query answers served from the cache")
                .register(registry);
        this.misses = Counter.builder("summitry_response_cache_misses")
                .description("Query answers computed by the services (not cached, or not servable)").register(registry);
        this.bypassed = Counter.builder("summitry_response_cache_stale_bypasses").description(
                "Cached answers not served because a change stream was cut or behind by more than the staleness bound")
                .register(registry);
        Gauge.builder("summitry_response_cache_size", answers, Cache::estimatedSize)
                .description("Query answers held").register(registry);
        streams.listen(this::evict);
    }

    /**
     * What the cache has for this request: a hit, or a miss that stores the answer once computed. Mutations,
     * subscriptions and requests while the cache is off get a lookup that only passes the answer on.
     */
    public Lookup lookup(String query, Document document, String operationName, JsonObject variables, boolean get,
            String ifNoneMatch) {
        OperationDefinition operation = operation(document, operationName);
        if (operation == null || operation.getOperation() != OperationDefinition.Operation.QUERY || !config.enabled()) {
            return Lookup.PASS;
        }
        Key key = new Key(normalized.get(query, text -> AstPrinter.printAstCompact(document)),
                operationName == null ? "" : operationName, variables == null ? "{}" : variables.toString());
        Answer answer = answers.getIfPresent(key);
        if (answer != null) {
            if (answer.services.stream().allMatch(streams::isFresh)) {
                hits.increment();
                return new Lookup(this, key, operation, document, answer, get, ifNoneMatch);
            }
            bypassed.increment();
        }
        misses.increment();
        return new Lookup(this, key, operation, document, null, get, ifNoneMatch);
    }

    /** Whether an answer is held under this key (read from the removal listener, which may run while another is put). */
    private boolean holds(Key key) {
        return answers.asMap().containsKey(key);
    }

    /** Evicts every answer tagged with one of these tags; called for each change and each mutation. */
    public void evict(Set<String> tags, String cause) {
        long now = System.nanoTime();
        int evicted = 0;
        for (String tag : tags) {
            evictedAt.put(tag, now);
            Set<Key> keys = byTag.remove(tag);
            if (keys != null) {
                for (Key key : keys) {
                    if (answers.asMap().remove(key) != null) {
                        evicted++;
                    }
                }
            }
        }
        if (evicted > 0) {
            evictions(cause).increment(evicted);
        }
    }

    private void evict(Revision revision) {
        Set<String> tags = new HashSet<>();
        for (ChangeDto change : revision.changes()) {
            tags.add(change.typename());
            tags.add(change.typename() + ":" + change.id());
            if (change.rootTypename() != null) {
                tags.add(change.rootTypename());
                tags.add(change.rootTypename() + ":" + change.rootId());
            }
        }
        evict(tags, "change");
    }

    private Counter evictions(String cause) {
        return registry.counter("summitry_response_cache_evictions", "cause", cause);
    }

    /** Stores a computed answer when it may be kept; returns the answer's body as a hit, for its ETag, or null. */
    String store(Key key, OperationDefinition operation, Document document, ExecutionResponse response, long started) {
        ExecutionResult result = response.getExecutionResult();
        if (result.getErrors() != null && !result.getErrors().isEmpty() || !result.isDataPresent()) {
            return null;
        }
        JsonObject json = response.getExecutionResultAsJsonObject();
        JsonObject extensions = json.getJsonObject("extensions");
        Set<String> services = extensions != null && extensions.get(DownstreamCalls.EXTENSION) instanceof JsonObject calls
                ? Set.copyOf(calls.keySet()) : Set.of();
        String body = hitBody(json, extensions);
        if (!services.stream().allMatch(streams::isFresh)) {
            return body;
        }
        Set<String> tags = new HashSet<>(documentTags(key, operation, document));
        AnswerTags.fromData(result.getData(), tags);
        for (String tag : tags) {
            Long evicted = evictedAt.getIfPresent(tag);
            if (evicted != null && evicted - started >= 0) {
                return body; // read before a change that evicted it meanwhile: it may hold the old value
            }
        }
        long ttl = config.ttl().toNanos();
        for (String tag : tags) {
            int colon = tag.indexOf(':');
            ResponseCacheConfig.TypePolicy policy = config.types().get(colon < 0 ? tag : tag.substring(0, colon));
            if (policy != null) {
                if (!policy.enabled()) {
                    return body;
                }
                if (policy.ttl().isPresent()) {
                    ttl = Math.min(ttl, policy.ttl().get().toNanos());
                }
            }
        }
        Answer answer = new Answer(body, etag(body), Set.copyOf(tags), services, ttl);
        for (String tag : answer.tags) {
            byTag.computeIfAbsent(tag, t -> ConcurrentHashMap.newKeySet()).add(key);
        }
        answers.put(key, answer);
        // an eviction between the check above and the index: drop it rather than keep what may be stale
        for (String tag : answer.tags) {
            Long evicted = evictedAt.getIfPresent(tag);
            if (evicted != null && evicted - started >= 0) {
                answers.asMap().remove(key, answer);
                break;
            }
        }
        return body;
    }

    private Set<String> documentTags(Key key, OperationDefinition operation, Document document) {
        return documentTags.get(key.document + '\n' + key.operationName, k -> {
            try {
                return Set.copyOf(AnswerTags.fromDocument(schema.get(), document, operation));
            } catch (RuntimeException unexpected) {
                Log.warnf(unexpected, "Could not read the types of a document; its answers are tagged by type only");
                return Set.copyOf(AnswerTags.RECORD_TYPES);
            }
        });
    }

    /** The answer as a cache hit says it: {@code hit: true}, and no downstream calls, since none were made. */
    private static String hitBody(JsonObject json, JsonObject extensions) {
        JsonObjectBuilder hit = Json.createObjectBuilder(json);
        JsonObjectBuilder ext = extensions == null ? Json.createObjectBuilder() : Json.createObjectBuilder(extensions);
        ext.add(EXTENSION, HIT).remove(DownstreamCalls.EXTENSION);
        return hit.add("extensions", ext).build().toString();
    }

    static String etag(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static OperationDefinition operation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        for (OperationDefinition operation : operations) {
            if (operationName == null || operationName.isBlank() ? operations.size() == 1
                    : operationName.equals(operation.getName())) {
                return operation;
            }
        }
        return null;
    }

    long size() {
        answers.cleanUp();
        return answers.estimatedSize();
    }

    void clear() {
        answers.invalidateAll();
    }

    record Key(String document, String operationName, String variables) {
    }

    record Answer(String body, String etag, Set<String> tags, Set<String> services, long ttlNanos) {
    }

    /** One request's dealings with the cache. */
    public static final class Lookup {

        static final Lookup PASS = new Lookup(null, null, null, null, null, false, null);

        private final ResponseCache cache;
        private final Key key;
        private final OperationDefinition operation;
        private final Document document;
        private final Answer hit;
        private final boolean get;
        private final String ifNoneMatch;
        private final long started = System.nanoTime();
        private String etag;

        Lookup(ResponseCache cache, Key key, OperationDefinition operation, Document document, Answer hit, boolean get,
                String ifNoneMatch) {
            this.cache = cache;
            this.key = key;
            this.operation = operation;
            this.document = document;
            this.hit = hit;
            this.get = get;
            this.ifNoneMatch = ifNoneMatch;
        }

        /** The cached body to answer with, or null when the request must run. */
        public String hitBody() {
            if (hit != null && get) {
                etag = hit.etag;
            }
            return hit == null ? null : hit.body;
        }

        /** The ETag to answer with (GET only), once {@link #hitBody} or {@link #complete} ran; else null. */
        public String etag() {
            return etag;
        }

        /** Whether the client already has this answer ({@code If-None-Match}): answer 304. */
        public boolean notModified() {
            return etag != null && ifNoneMatch != null && (ifNoneMatch.trim().equals("*")
                    || List.of(ifNoneMatch.split(",")).stream().map(String::trim)
                            .map(t -> t.startsWith("W/") ? t.substring(2) : t).anyMatch(etag::equals));
        }

        /** The body of a computed answer; stores it when it may be kept. */
        public String complete(ExecutionResponse response) {
            String body = response.getExecutionResultAsString();
            if (cache != null) {
                String asHit = cache.store(key, operation, document, response, started);
                if (asHit != null && get) {
                    etag = ResponseCache.etag(asHit);
                }
            }
            return body;
        }
    }
}
