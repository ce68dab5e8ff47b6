package io.summitry.gateway.pipeline;

import java.net.URI;
import java.net.URISyntaxException;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The check that a request's URI is a URI, moved from Quarkus's outermost HTTP handler to a filter, so that the GraphQL
 * endpoint can answer a malformed query string ({@code ?query=%zz}) as GraphQL over HTTP: a 400 with a coded JSON body
 * naming the parameter ({@link GraphQLHttp}, {@link QueryString}). Quarkus answers such a URI with an empty 400 before
 * any route or filter runs, unless the {@code vertx.disableURIValidation} system property is set when it starts;
 * every other path keeps exactly that answer here.
 * <p>
 * The property is set by {@code GatewayMain} on the JVM, by the native build's arguments for a native executable
 * ({@code quarkus.native.additional-build-args}), and by the test configuration ({@code pom.xml}).
 */
@ApplicationScoped
public class UriGuard {

    /** The system property Quarkus's HTTP layer reads once, when its root handler is created. */
    static final String PROPERTY = "vertx.disableURIValidation";

    /** Runs before the filters of the routes that read the URI (the highest priority runs first). */
    private static final int PRIORITY = 10_000;

    private final String graphqlPath;

    UriGuard(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql") String path) {
        this.graphqlPath = path;
    }

    /** Sets the property before Quarkus creates its HTTP root handler. */
    public static void takeOverFromVertx() {
        System.setProperty(PROPERTY, "true");
    }

    void install(@Observes Filters filters) {
        filters.register(context -> {
            if (graphqlPath.equals(context.request().path()) || isUri(context.request().uri())) {
                context.next();
            } else {
                context.response().setStatusCode(400).end();
            }
        }, PRIORITY);
    }

    private static boolean isUri(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
