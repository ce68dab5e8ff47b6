package io.summitry.gateway.limits;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.summitry.gateway.error.ErrorCode;
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

/**
 * Parses each GraphQL document before smallrye does, so that syntax errors (GRAPHQL_PARSE_FAILED), documents over the
 * token limit (QUERY_TOO_COMPLEX) and requests without a query (BAD_USER_INPUT) get a code too: smallrye answers
 * those with a bare "Unparseable input document" and no extensions.
 */
@ApplicationScoped
public class RequestGuard {

    private final LimitsConfig limits;
    private final String path;

    RequestGuard(LimitsConfig limits,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.smallrye-graphql.root-path",
                    defaultValue = "/graphql") String path) {
        this.limits = limits;
        this.path = path;
    }

    void install(@Observes Router router) {
        router.route(path).order(-100).handler(BodyHandler.create(false).setBodyLimit(limits.maxBodyBytes()))
                .handler(this::guard);
    }

    private void guard(RoutingContext context) {
        if (context.request().headers().contains(HttpHeaders.UPGRADE)) {
            context.next();
            return;
        }
        String query;
        if (context.request().method() == HttpMethod.GET) {
            query = context.request().getParam("query");
        } else if (context.request().method() == HttpMethod.POST) {
            query = queryOfBody(context);
            if (query == null && isJson(context)) {
                reject(context, "The request has no 'query'", ErrorCode.BAD_USER_INPUT, null);
                return;
            }
        } else {
            context.next();
            return;
        }
        if (query == null) {
            context.next();
            return;
        }
        try {
            ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(
                    builder -> builder.maxTokens(limits.maxTokens()));
            Parser.parse(ParserEnvironment.newParserEnvironment().document(new StringReader(query))
                    .parserOptions(options).build());
            context.next();
        } catch (ParseCancelledException tooLarge) {
            reject(context, "The query has more than " + limits.maxTokens() + " tokens", ErrorCode.QUERY_TOO_COMPLEX,
                    null);
        } catch (InvalidSyntaxException invalid) {
            reject(context, "Syntax error: " + invalid.getMessage(), ErrorCode.GRAPHQL_PARSE_FAILED,
                    invalid.getLocation() == null ? null
                            : Map.of("line", invalid.getLocation().getLine(), "column",
                                    invalid.getLocation().getColumn()));
        }
    }

    private static boolean isJson(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase().startsWith("application/json");
    }

    private static String queryOfBody(RoutingContext context) {
        if (!isJson(context) || context.body() == null || context.body().isEmpty()) {
            return null;
        }
        try {
            Object query = context.body().asJsonObject().getValue("query");
            return query instanceof String text && !text.isBlank() ? text : null;
        } catch (DecodeException | ClassCastException notJson) {
            return null;
        }
    }

    private static void reject(RoutingContext context, String message, ErrorCode code, Map<String, Integer> location) {
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code.name()));
        if (location != null) {
            error.put("locations", List.of(location));
        }
        context.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(Json.encode(new JsonObject().put("errors", List.of(error))));
    }
}
