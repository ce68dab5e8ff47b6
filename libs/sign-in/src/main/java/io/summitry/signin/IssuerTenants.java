package io.summitry.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Chooses the keys a bearer token is verified with by its (not yet trusted) issuer: the local run's key for the local
 * issuer, the OIDC provider's JWKS otherwise. quarkus-oidc then checks signature, issuer, audience and lifetime.
 * The provider's tenant is created on its first token and kept; while the provider cannot be reached it is not kept,
 * so the next token tries again and writes recover once it is back.
 */
@ApplicationScoped
class IssuerTenants implements TenantConfigResolver {

    static final String LOCAL = "local";
    static final String PROVIDER = "provider";

    private final SignInConfig config;
    private final OidcTenantConfig local;
    private final OidcTenantConfig provider;

    IssuerTenants(SignInConfig config) {
        this.config = config;
        this.local = localKey(config.local()).map(key -> tenant(LOCAL, config.local().audience(), config)
                .publicKey(key).token().issuer(config.local().issuer()).end().build()).orElse(null);
        this.provider = config.issuer().map(issuer -> tenant(PROVIDER, config.audience(), config).authServerUrl(issuer)
                .connectionTimeout(Duration.ofSeconds(5)).token().issuer(issuer)
                .forcedJwkRefreshInterval(config.keyRefreshInterval()).end().build()).orElse(null);
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> request) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Uni.createFrom().nullItem(); // no token: the default tenant, disabled, leaves the caller anonymous
        }
        if (authorization.length() - 7 > config.maxTokenBytes()) {
            return Uni.createFrom().failure(new AuthenticationFailedException(
                    "The bearer token is longer than " + config.maxTokenBytes() + " bytes"));
        }
        String issuer = UnverifiedClaims.issuer(authorization.substring(7).trim());
        boolean localIssuer = local != null && config.local().issuer().equals(issuer);
        if (localIssuer || provider == null || issuer == null) {
            // a token of no issuer at all (malformed) is refused by the local keys without calling the provider
            return local != null ? Uni.createFrom().item(local) : unknownIssuer();
        }
        return Uni.createFrom().item(provider);
    }

    private static Uni<OidcTenantConfig> unknownIssuer() {
        return Uni.createFrom().failure(new AuthenticationFailedException("No trusted issuer is configured"));
    }

    private static io.quarkus.oidc.OidcTenantConfigBuilder tenant(String id, String audience, SignInConfig config) {
        return OidcTenantConfig.builder().tenantId(id).applicationType(ApplicationType.SERVICE)
                .roles().roleClaimPath(claimPath(config.roleClaim())).end()
                .token().audience(audience).lifespanGrace((int) config.clockSkew().toSeconds()).end();
    }

    /** {@code realm_access.roles} → {@code realm_access/roles}, quarkus-oidc's path syntax; a URL-like name stays. */
    static String claimPath(String claim) {
        return claim.contains("/") ? claim : claim.replace('.', '/');
    }

    private static Optional<String> localKey(SignInConfig.Local local) {
        if (local.key().isPresent()) {
            return local.key();
        }
        return local.keyLocation().filter(location -> !"NONE".equals(location)).map(location -> {
            Path file = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
            try {
                return Files.readString(file, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the local public key " + file
                        + " (summitry.sign-in.local.key-location)", e);
            }
        });
    }
}
