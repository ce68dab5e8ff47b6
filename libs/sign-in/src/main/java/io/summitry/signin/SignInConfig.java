package io.summitry.signin;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may write: the tokens the gateway and both services accept. Two issuers are trusted side by side: an OpenID
 * Connect provider found by its discovery document (keys from its JWKS), and the local run's own key pair.
 */
@ConfigMapping(prefix = "summitry.sign-in")
public interface SignInConfig {

    /**
     * The OIDC issuer URL (its {@code /.well-known/openid-configuration} is read, keys come from its {@code jwks_uri});
     * none: only the local key is trusted.
     */
    Optional<String> issuer();

    /** The web UI's client at the provider (a public client, code flow with PKCE); none: no "Sign in" button. */
    Optional<String> clientId();

    /** The scopes the web UI asks for when it signs in. */
    @WithDefault("openid profile email")
    String scopes();

    /** The audience the provider's tokens must name in {@code aud}. */
    @WithDefault("summitry")
    String audience();

    /**
     * Where the editor role is read: a claim name or a dotted path into nested claims ({@code groups},
     * {@code realm_access.roles}, {@code roles}).
     */
    @WithDefault("groups")
    String roleClaim();

    /** The value of {@link #roleClaim()} that makes a caller an editor. */
    @WithDefault("editor")
    String editorRole();

    /** How far the issuer's clock may be off: tolerated on {@code exp}, {@code nbf} and {@code iat}. */
    @WithDefault("30s")
    Duration clockSkew();

    /**
     * A token naming a key ({@code kid}) the cached JWKS lacks makes the keys be fetched again (a rotation), at most
     * once in this interval, so a flood of made-up key ids cannot make the server hammer the issuer.
     */
    @WithDefault("1M")
    Duration keyRefreshInterval();

    /** A bearer token longer than this is refused before it is decoded. */
    @WithDefault("8192")
    int maxTokenBytes();

    /** The local run's own key pair (the launcher's and the tests'). */
    Local local();

    interface Local {

        /** The issuer ({@code iss}) of the tokens signed with the local key. */
        @WithDefault("https://summitry.local")
        String issuer();

        /** The audience the local tokens must name in {@code aud}. */
        @WithDefault("summitry")
        String audience();

        /** The PEM public key itself; wins over {@link #keyLocation()}. */
        Optional<String> key();

        /** A PEM public key file (a path or a {@code file:} URI); neither this nor a key: no local tokens. */
        Optional<String> keyLocation();
    }
}
