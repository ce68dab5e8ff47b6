package io.summitry.gateway.security;

import io.summitry.signin.SignInConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code GET /sign-in.json}: where the web UI signs editors in (issuer, client id, scopes), read at run time so that one
 * build of the UI serves every deployment. Without a provider and a client id, {@code issuer} is null and the UI offers
 * only the token-paste screen.
 */
@ApplicationScoped
class SignInDocument {

    static final String PATH = "/sign-in.json";

    private final String body;

    SignInDocument(SignInConfig config) {
        boolean enabled = config.issuer().isPresent() && config.clientId().isPresent();
        this.body = new JsonObject()
                .put("issuer", enabled ? config.issuer().get() : null)
                .put("clientId", enabled ? config.clientId().get() : null)
                .put("scopes", config.scopes())
                .encode();
    }

    void install(@Observes Router router) {
        router.get(PATH).handler(context -> context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                // a deployment's provider changes rarely; five minutes bounds how long a browser keeps an old one
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .end(body));
    }
}
