package io.summitry.gateway.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import graphql.language.OperationDefinition.Operation;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.summitry.gateway.error.ErrorCode;
import io.summitry.gateway.error.GatewayException;
import io.summitry.gateway.limits.LimitsConfig;
import io.summitry.gateway.live.cache.ResponseCache;
import io.summitry.gateway.persisted.PersistedQueries;
import io.summitry.signin.IssuerUnreachable;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.inject.Singleton;

/**
 * GraphQL over HTTP on {@code /graphql}: reads a request (POST {@code application/json}, GET with parameters), resolves
 * a persisted query, parses the document ({@link Documents}) and hands it to smallrye-graphql's execution service,
 * then writes the answer as {@code application/graphql-response+json} or {@code application/json}, whichever the
 * client accepts.
 * <p>
 * It takes the place of Quarkus's handler for GET and POST (that one stays for OPTIONS and WebSocket upgrades), which
 * answers malformed requests with an uncoded error, a plain-text 400 or a 500, takes every body as UTF-8 whatever its
 * charset, removes newlines from GET parameters and URL-decodes them a second time. Everything here runs on a worker
 * thread, never on an event loop: the body is read, the document parsed and measured there, and execution starts there.
 * (A singleton: smallrye's handler class it extends cannot be proxied.)
 * <p>
 * A request that is not GraphQL over HTTP is refused by status with a JSON body: 405 (another method, or a mutation
 * over GET), 406 (an Accept without a JSON type), 413 (a body over {@code summitry.limits.max-body-bytes}), 415 (a
 * body other than UTF-8 {@code application/json}). A body that is not JSON, or a URL whose query string is not UTF-8,
 * is a 400 with code BAD_REQUEST naming the parameter. Every other answer is a GraphQL response whose errors all carry
 * {@code extensions.code}. (A URL that {@code java.net.URI} refuses, such as a malformed percent-escape, never reaches
 * this handler: Quarkus answers it with an empty 400 before any route or filter runs.)
 */
@Singleton
public class GraphQLHttp extends SmallRyeGraphQLAbstractHandler {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String JSON = "application/json";

    /**
     * Made once: {@code Json.createObjectBuilder()} looks the JSON provider up with a {@code ServiceLoader} scan of the
     * class path on every call, which cost a trivial query a sixth of its CPU.
     */
    private static final JsonBuilderFactory JSON_BUILDERS = Json.createBuilderFactory(Map.of());

    private final LimitsConfig limits;
    private final JsonText reader;
    private final PersistedQueries persisted;
    private final Documents documents;
    private final ResponseCache responseCache;
    private final String path;

    GraphQLHttp(LimitsConfig limits, PersistedQueries persisted, Documents documents, ResponseCache responseCache,
            CurrentIdentityAssociation identity, CurrentVertxRequest currentRequest,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String path) {
        // resolvers run as Quarkus would run them on its own route: Uni ones non-blocking, others on a worker
        super(identity, currentRequest, false);
        this.limits = limits;
        this.reader = new JsonText(limits.maxJsonDepth());
        this.persisted = persisted;
        this.documents = documents;
        this.responseCache = responseCache;
        this.path = path;
    }

    void install(@Observes Router router) {
        router.route(path).order(-100).handler(BodyHandler.create(false).setBodyLimit(limits.maxBodyBytes()))
                .blockingHandler(this::route, false).failureHandler(this::failed);
    }

    private void route(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (context.request().headers().contains(HttpHeaders.UPGRADE) || method == HttpMethod.OPTIONS) {
            context.next();
            return;
        }
        handle(context);
    }

    @Override
    protected void doHandle(RoutingContext context) {
        String mediaType = ResponseTypes.choose(context.request().getHeader(HttpHeaders.ACCEPT));
        try {
            if (mediaType == null) {
                throw new Refusal(406, ErrorCode.BAD_REQUEST, "The response is GraphQL JSON: accept "
                        + GRAPHQL_RESPONSE + " or " + JSON);
            }
            HttpMethod method = context.request().method();
            if (method != HttpMethod.GET && method != HttpMethod.POST) {
                context.response().putHeader(HttpHeaders.ALLOW, "GET, POST, OPTIONS");
                throw new Refusal(405, ErrorCode.BAD_REQUEST, "GraphQL is sent with POST (or GET for queries)");
            }
            // a POST's URL parameters are not read, but one that cannot be decoded is refused alike
            Map<String, List<String>> parameters = urlParameters(context);
            JsonObject request = method == HttpMethod.GET ? fromUrl(parameters, reader) : fromBody(context, reader);
            run(context, request, method == HttpMethod.GET, mediaType);
        } catch (Refusal refusal) {
            if (refusal.status == 405 && !context.response().headers().contains(HttpHeaders.ALLOW)) {
                context.response().putHeader(HttpHeaders.ALLOW, "POST");
            }
            int status = refusal.status == 200 && GRAPHQL_RESPONSE.equals(mediaType) ? 400 : refusal.status;
            answer(context, status, mediaType, errors(Map.of("message", refusal.getMessage(),
                    "extensions", Map.of("code", refusal.code.name()))));
        } catch (GatewayException refused) {
            boolean persistedQueryAnswer = refused.code().name().startsWith("PERSISTED_QUERY_");
            int status = GRAPHQL_RESPONSE.equals(mediaType) && !persistedQueryAnswer ? 400 : 200;
            context.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            answer(context, status, mediaType, errors(Map.of("message", refused.getMessage(),
                    "extensions", Map.of("code", refused.code().name()))));
        } catch (Documents.Unparseable unparseable) {
            answer(context, GRAPHQL_RESPONSE.equals(mediaType) ? 400 : 200, mediaType,
                    errors(unparseable.error.toSpecification()));
        }
    }

    private void run(RoutingContext context, JsonObject request, boolean get, String mediaType) {
        String query = persisted.resolve(stringMember(request, "query"), objectMember(request, "extensions"));
        if (query == null || query.isBlank()) {
            throw new Refusal(200, ErrorCode.BAD_USER_INPUT, get ? "The request has no 'query' parameter"
                    : "The request has no 'query' (a JSON object with a 'query' string)");
        }
        Documents.Parsed document = documents.parse(query);
        String operationName = stringMember(request, "operationName");
        if (get && isMutation(document, operationName)) {
            // GraphQL over HTTP: a GET must not change anything
            throw new Refusal(405, ErrorCode.BAD_USER_INPUT, "Mutations are sent with POST, not GET");
        }
        documents.shareWithSmallrye(query, document);
        JsonObjectBuilder input = JSON_BUILDERS.createObjectBuilder().add("query", query);
        if (operationName != null && !operationName.isEmpty()) {
            input.add("operationName", operationName);
        }
        JsonObject variables = objectMember(request, "variables");
        if (variables != null) {
            input.add("variables", variables);
        }
        JsonObject extensions = objectMember(request, "extensions");
        if (extensions != null) {
            input.add("extensions", extensions);
        }
        ResponseCache.Lookup cached = responseCache.lookup(query, document.document, operationName, variables, get,
                context.request().getHeader(HttpHeaders.IF_NONE_MATCH));
        String hit = cached.hitBody();
        if (hit != null) {
            Writer.answerCached(context, mediaType, cached, hit);
            return;
        }
        getExecutionService().executeAsync(input.build(), getMetaData(context), new Writer(context, mediaType, cached));
    }

    private static boolean isMutation(Documents.Parsed document, String operationName) {
        List<OperationDefinition> operations = document.document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream().filter(o -> operationName == null || operationName.isBlank()
                ? operations.size() == 1 : operationName.equals(o.getName()))
                .anyMatch(o -> o.getOperation() == Operation.MUTATION);
    }

    /** The URL's parameters, decoded once exactly as sent. */
    private static Map<String, List<String>> urlParameters(RoutingContext context) {
        try {
            return QueryString.parameters(context.request().query());
        } catch (QueryString.Malformed malformed) {
            throw malformedUrl(malformed);
        }
    }

    private static Refusal malformedUrl(QueryString.Malformed malformed) {
        return new Refusal(400, ErrorCode.BAD_REQUEST, malformed.getMessage());
    }

    /** A GET's request, from its URL parameters. */
    private static JsonObject fromUrl(Map<String, List<String>> parameters, JsonText reader) {
        JsonObjectBuilder request = JSON_BUILDERS.createObjectBuilder();
        for (String name : List.of("query", "operationName")) {
            List<String> values = parameters.get(name);
            if (values != null && !values.isEmpty()) {
                request.add(name, values.get(0));
            }
        }
        for (String name : List.of("variables", "extensions")) {
            List<String> values = parameters.get(name);
            if (values != null && !values.isEmpty() && !values.get(0).isEmpty()) {
                // counted as the member of a request body it stands for, so that GET and POST nest alike
                JsonStructure value = reader.read(values.get(0), "The '" + name + "' parameter", 1);
                request.add(name, value);
            }
        }
        return checked(request.build());
    }

    /** A POST's body: a JSON object in UTF-8 ({@code application/json}), or a document ({@code application/graphql}). */
    private static JsonObject fromBody(RoutingContext context, JsonText reader) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || contentType.isBlank()) {
            throw new Refusal(415, ErrorCode.BAD_REQUEST, "The request has no Content-Type: send " + JSON);
        }
        // A browser joins a header set twice (GraphiQL's fetcher sets 'content-type' and 'Content-Type') into one
        // comma-separated value: the same media type repeated is still that one type.
        String[] listed = contentType.split(",");
        for (String other : listed) {
            if (!other.trim().equalsIgnoreCase(listed[0].trim())) {
                throw new Refusal(415, ErrorCode.BAD_REQUEST, "The request names several content types ("
                        + contentType + "): send " + JSON);
            }
        }
        String[] parts = listed[0].split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].trim().equalsIgnoreCase("charset") && (parameter.length < 2
                    || !parameter[1].trim().replace("\"", "").equalsIgnoreCase("utf-8"))) {
                throw new Refusal(415, ErrorCode.BAD_REQUEST, "The body must be UTF-8; the request says charset="
                        + (parameter.length < 2 ? "" : parameter[1].trim()));
            }
        }
        boolean document = type.equals("application/graphql");
        if (!type.equals(JSON) && !document) {
            throw new Refusal(415, ErrorCode.BAD_REQUEST, "A GraphQL request is sent as " + JSON
                    + " (a JSON object with 'query', 'variables', 'operationName', 'extensions'), not as " + type);
        }
        String body = utf8(context.body() == null ? null : context.body().buffer());
        if (document) {
            return JSON_BUILDERS.createObjectBuilder().add("query", body).build();
        }
        if (body.isBlank()) {
            throw new Refusal(400, ErrorCode.BAD_REQUEST, "The request has no body: send a JSON object with 'query'");
        }
        JsonStructure json = reader.read(body, "The body", 0);
        if (!(json instanceof JsonObject object)) {
            throw new Refusal(400, ErrorCode.BAD_REQUEST,
                    "The body must be one JSON object with 'query'; batched arrays are not accepted");
        }
        return checked(object);
    }

    /** The members besides the query must have their types (smallrye would fail on them later, without a code). */
    private static JsonObject checked(JsonObject request) {
        for (Map.Entry<String, JsonValue.ValueType> member : Map.of("query", JsonValue.ValueType.STRING,
                "operationName", JsonValue.ValueType.STRING, "variables", JsonValue.ValueType.OBJECT,
                "extensions", JsonValue.ValueType.OBJECT).entrySet()) {
            JsonValue value = request.get(member.getKey());
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL
                    && value.getValueType() != member.getValue()) {
                throw new Refusal(200, ErrorCode.BAD_USER_INPUT, "'" + member.getKey() + "' must be "
                        + (member.getValue() == JsonValue.ValueType.STRING ? "a string" : "a JSON object"));
            }
        }
        return request;
    }

    private static String utf8(Buffer body) {
        if (body == null || body.length() == 0) {
            return "";
        }
        byte[] bytes = body.getBytes();
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
            throw new Refusal(415, ErrorCode.BAD_REQUEST, "The body is UTF-16 (it starts with its byte-order mark); "
                    + "JSON requests are UTF-8");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0; // a UTF-8 byte-order mark says nothing: skip it
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new Refusal(400, ErrorCode.BAD_REQUEST, "The body is not valid UTF-8");
        }
    }

    private static String stringMember(JsonObject request, String name) {
        return request.get(name) instanceof JsonString text ? text.getString() : null;
    }

    private static JsonObject objectMember(JsonObject request, String name) {
        return request.get(name) instanceof JsonObject object ? object : null;
    }

    private void failed(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        String mediaType = ResponseTypes.choose(context.request().getHeader(HttpHeaders.ACCEPT));
        if (context.statusCode() == 413) {
            answer(context, 413, mediaType, errors(Map.of("message", "The request body is larger than "
                    + limits.maxBodyBytes() + " bytes, the limit (summitry.limits.max-body-bytes)",
                    "extensions", Map.of("code", ErrorCode.QUERY_TOO_COMPLEX.name()))));
        } else if (IssuerUnreachable.causes(context.failure())) {
            // the token may well be good: its issuer's keys could not be fetched; send again, or read without it
            answer(context, 503, mediaType, errors(Map.of("message", "The token's issuer cannot be reached to verify "
                    + "it; try again shortly (reads need no token)",
                    "extensions", Map.of("code", ErrorCode.ISSUER_UNAVAILABLE.name()))));
        } else if (context.failure() instanceof AuthenticationFailedException) {
            answer(context, 401, mediaType, errors(Map.of("message", "The token is not valid (expired, not yet valid, "
                    + "not signed by a trusted key, for another issuer or audience, malformed or too long)",
                    "extensions", Map.of("code", ErrorCode.UNAUTHENTICATED.name()))));
        } else {
            context.next();
        }
    }

    private static String errors(Map<String, Object> error) {
        return new io.vertx.core.json.JsonObject().put("errors", new JsonArray().add(error)).encode();
    }

    private static void answer(RoutingContext context, int status, String mediaType, String body) {
        if (context.response().ended()) {
            return;
        }
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE,
                (mediaType == null ? JSON : mediaType) + "; charset=utf-8").end(body);
    }

    /** A request that is refused before it runs, with its HTTP status (200 for a GraphQL error in application/json). */
    static final class Refusal extends RuntimeException {
        final int status;
        final ErrorCode code;

        Refusal(int status, ErrorCode code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    /** Writes smallrye-graphql's answer: 200, or 400 in application/graphql-response+json when nothing was executed. */
    private static final class Writer implements ExecutionResponseWriter {

        private final RoutingContext context;
        private final String mediaType;
        private final ResponseCache.Lookup cached;

        Writer(RoutingContext context, String mediaType, ResponseCache.Lookup cached) {
            this.context = context;
            this.mediaType = mediaType;
            this.cached = cached;
        }

        @Override
        public void write(ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            boolean requestError = !result.isDataPresent() && !result.getErrors().isEmpty()
                    && !isPersistedQueryAnswer(result.getErrors());
            String body = cached.complete(response);
            if (!answeredByETag(context, cached)) {
                answer(context, GRAPHQL_RESPONSE.equals(mediaType) && requestError ? 400 : 200, mediaType, body);
            }
        }

        /** A query answered from the response cache (see {@code live/cache}). */
        static void answerCached(RoutingContext context, String mediaType, ResponseCache.Lookup cached, String body) {
            if (!answeredByETag(context, cached)) {
                answer(context, 200, mediaType, body);
            }
        }

        /** Sets a GET answer's ETag; true when it answered 304 because the client has that answer already. */
        private static boolean answeredByETag(RoutingContext context, ResponseCache.Lookup cached) {
            if (cached.etag() == null) {
                return false;
            }
            context.response().putHeader(HttpHeaders.ETAG, cached.etag());
            if (cached.notModified() && !context.response().ended()) {
                context.response().setStatusCode(304).end();
                return true;
            }
            return false;
        }

        private static boolean isPersistedQueryAnswer(List<GraphQLError> errors) {
            return errors.stream().anyMatch(e -> e.getExtensions() != null
                    && String.valueOf(e.getExtensions().get("code")).startsWith("PERSISTED_QUERY_"));
        }

        @Override
        public void fail(Throwable failure) {
            String incident = UUID.randomUUID().toString();
            Log.errorf(failure, "Internal error, incident %s", incident);
            answer(context, 500, mediaType, errors(Map.of("message", "Internal error (incident " + incident + ")",
                    "extensions", Map.of("code", ErrorCode.INTERNAL.name()))));
        }
    }
}
