package io.summitry.gateway.limits;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.OperationDefinition.Operation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.schema.GraphQLSchema;
import io.quarkus.security.AuthenticationFailedException;
import io.summitry.gateway.error.ErrorCode;
import io.summitry.gateway.persisted.PersistedQueries;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/**
 * Checks each GraphQL request before smallrye runs it: resolves persisted queries, then parses the document and
 * measures it against the limits of {@link LimitsConfig}. A refusal is a GraphQL error with a code (HTTP 200; 405 for
 * a mutation sent by GET): GRAPHQL_PARSE_FAILED for bad syntax, BAD_USER_INPUT for a request without a query,
 * QUERY_TOO_COMPLEX naming the limit and the value for a document too large, too deep, too wide or too costly. Smallrye itself answers those
 * without a code, or only after work has started.
 */
@ApplicationScoped
public class RequestGuard {

    private final LimitsConfig limits;
    private final PersistedQueries persisted;
    private final Instance<GraphQLSchema> schema;
    private final String path;

    RequestGuard(LimitsConfig limits, PersistedQueries persisted, Instance<GraphQLSchema> schema,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String path) {
        this.limits = limits;
        this.persisted = persisted;
        this.schema = schema;
        this.path = path;
    }

    void install(@Observes Router router) {
        router.route(path).order(-100).handler(BodyHandler.create(false).setBodyLimit(limits.maxBodyBytes()))
                .handler(this::guard).failureHandler(this::failed);
    }

    private void guard(RoutingContext context) {
        if (context.request().headers().contains(HttpHeaders.UPGRADE)) {
            context.next();
            return;
        }
        HttpMethod method = context.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.POST) {
            context.next();
            return;
        }
        if (method == HttpMethod.POST && context.body() != null && context.body().length() > 0
                && context.body().asString().startsWith("\uFEFF")) {
            // a byte-order mark: harmless, but smallrye's JSON reader refuses it
            context.setBody(io.vertx.core.buffer.Buffer.buffer(context.body().asString().substring(1)));
        }
        if (!persisted.resolve(context)) {
            return;
        }
        JsonObject body = method == HttpMethod.POST ? bodyObject(context) : null;
        String shape = body == null ? null : shapeProblem(body);
        if (shape != null) {
            reject(context, shape, ErrorCode.BAD_USER_INPUT, null);
            return;
        }
        String query = method == HttpMethod.GET ? context.request().getParam("query")
                : body != null && body.getValue("query") instanceof String text && !text.isBlank() ? text : null;
        if (method == HttpMethod.GET && context.request().getParam("variables") != null
                && !isJsonObject(context.request().getParam("variables"))) {
            reject(context, "'variables' must be a JSON object", ErrorCode.BAD_USER_INPUT, null);
            return;
        }
        if (query == null) {
            if (method == HttpMethod.GET) {
                reject(context, "The request has no 'query' parameter", ErrorCode.BAD_USER_INPUT, null);
                return;
            }
            if (method == HttpMethod.POST && isJson(context)) {
                reject(context, "The request has no 'query' (a JSON object with a 'query' string; batched arrays are"
                        + " not accepted)", ErrorCode.BAD_USER_INPUT, null);
                return;
            }
            context.next();
            return;
        }
        int bytes = query.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxDocumentBytes()) {
            tooComplex(context, "The query document is " + bytes + " bytes; the limit is " + limits.maxDocumentBytes()
                    + " (summitry.limits.max-document-bytes)");
            return;
        }
        Document document;
        try {
            ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(
                    builder -> builder.maxTokens(limits.maxTokens()));
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(new StringReader(query))
                    .parserOptions(options).build());
        } catch (ParseCancelledTooDeepException tooDeep) {
            tooComplex(context, "The query is nested too deeply to parse; the depth limit is " + limits.maxDepth()
                    + " (summitry.limits.max-depth)");
            return;
        } catch (ParseCancelledException tooLarge) {
            tooComplex(context, "The query has more than " + limits.maxTokens()
                    + " tokens, the limit (summitry.limits.max-tokens)");
            return;
        } catch (InvalidSyntaxException invalid) {
            reject(context, "Syntax error: " + invalid.getMessage(), ErrorCode.GRAPHQL_PARSE_FAILED,
                    invalid.getLocation() == null ? null
                            : Map.of("line", invalid.getLocation().getLine(), "column",
                                    invalid.getLocation().getColumn()));
            return;
        }
        Map<String, Object> variables = variables(context, body);
        String refusal = measure(document, variables);
        if (refusal != null) {
            tooComplex(context, refusal);
            return;
        }
        if (method == HttpMethod.GET) {
            if (isMutation(document, context.request().getParam("operationName"))) {
                // GraphQL over HTTP: a GET must not change anything; smallrye would answer 405 without a body
                context.response().putHeader(HttpHeaders.ALLOW, "POST");
                reject(context, 405, "Mutations are sent with POST, not GET", ErrorCode.BAD_USER_INPUT, null);
                return;
            }
            encodeForSmallrye(context);
        }
        context.next();
    }

    /**
     * Smallrye reads a GET's parameters from the already decoded query string, removes newlines and tabs, then
     * URL-decodes them again: a query with a newline ending a comment, a '+' or a '%' would change meaning. Encoding
     * the decoded values once more makes what smallrye ends up with exactly what the client sent (or what a
     * persisted query stored).
     */
    private static void encodeForSmallrye(RoutingContext context) {
        for (String name : List.of("query", "operationName", "variables", "extensions")) {
            String value = name.equals("query") && context.request().getParam(name) != null
                    ? context.request().getParam(name) : context.queryParams().get(name);
            if (value != null) {
                context.queryParams().set(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    /** Why the document is refused, or null when it is within every limit. */
    private String measure(Document document, Map<String, Object> variables) {
        QueryMeasure.Measure measure = QueryMeasure.of(schema.get(), document, variables, limits.assumedListSize(),
                limits.maxVisitedFields());
        if (measure.truncated()) {
            return "The query expands (through fragments) to more than " + limits.maxVisitedFields()
                    + " fields, the limit (summitry.limits.max-visited-fields)";
        }
        if (measure.depth() > limits.maxDepth()) {
            return "The query's depth is " + measure.depth() + "; the limit is " + limits.maxDepth()
                    + " (summitry.limits.max-depth)";
        }
        if (measure.aliases() > limits.maxAliases()) {
            return "The query uses " + measure.aliases() + " aliases; the limit is " + limits.maxAliases()
                    + " (summitry.limits.max-aliases)";
        }
        if (measure.rootFields() > limits.maxRootFields()) {
            return "The operation selects " + measure.rootFields() + " root fields; the limit is "
                    + limits.maxRootFields() + " (summitry.limits.max-root-fields)";
        }
        if (measure.cost() > limits.maxCost()) {
            return "The query costs " + measure.cost() + "; the limit is " + limits.maxCost()
                    + " (summitry.limits.max-cost; see Security and limits in the README for the weights)";
        }
        return null;
    }

    private void failed(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        if (context.statusCode() == 413) {
            tooComplex(context, "The request body is larger than " + limits.maxBodyBytes()
                    + " bytes, the limit (summitry.limits.max-body-bytes)");
        } else if (context.failure() instanceof AuthenticationFailedException) {
            reject(context, "The token is not valid (expired, not signed by a trusted key, or for another issuer or"
                    + " audience)", ErrorCode.UNAUTHENTICATED, null);
        } else {
            context.next();
        }
    }

    /** What is wrong with the members of a request body besides the query, or null (smallrye fails on these). */
    private static String shapeProblem(JsonObject body) {
        Object variables = body.getValue("variables");
        if (variables != null && !(variables instanceof JsonObject)) {
            return "'variables' must be a JSON object";
        }
        Object operationName = body.getValue("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            return "'operationName' must be a string";
        }
        Object extensions = body.getValue("extensions");
        if (extensions != null && !(extensions instanceof JsonObject)) {
            return "'extensions' must be a JSON object";
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variables(RoutingContext context, JsonObject body) {
        try {
            Object variables = body != null ? body.getValue("variables")
                    : context.request().getParam("variables") == null ? null
                            : new JsonObject(context.request().getParam("variables"));
            return variables instanceof JsonObject json ? json.getMap() : Map.of();
        } catch (DecodeException | ClassCastException unreadable) {
            return Map.of();
        }
    }

    private static boolean isJsonObject(String text) {
        try {
            new JsonObject(text);
            return true;
        } catch (DecodeException | ClassCastException notAnObject) {
            return false;
        }
    }

    private static boolean isJson(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase().startsWith("application/json");
    }

    private static JsonObject bodyObject(RoutingContext context) {
        if (!isJson(context) || context.body() == null || context.body().isEmpty()) {
            return null;
        }
        try {
            return context.body().asJsonObject();
        } catch (DecodeException | ClassCastException notAnObject) {
            return null;
        }
    }

    private static void tooComplex(RoutingContext context, String message) {
        reject(context, message, ErrorCode.QUERY_TOO_COMPLEX, null);
    }

    private static boolean isMutation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream().filter(o -> operationName == null || operationName.isBlank() ? operations.size() == 1
                : operationName.equals(o.getName())).anyMatch(o -> o.getOperation() == Operation.MUTATION);
    }

    private static void reject(RoutingContext context, String message, ErrorCode code, Map<String, Integer> location) {
        reject(context, 200, message, code, location);
    }

    private static void reject(RoutingContext context, int status, String message, ErrorCode code,
            Map<String, Integer> location) {
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code.name()));
        if (location != null) {
            error.put("locations", List.of(location));
        }
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(Json.encode(new JsonObject().put("errors", List.of(error))));
    }
}
