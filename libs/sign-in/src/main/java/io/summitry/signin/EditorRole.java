package io.summitry.signin;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Gives the {@code editor} role, which every write requires, to a caller whose role claim holds the configured value
 * ({@code summitry.sign-in.editor-role}), so a provider's own group name can stand for it.
 */
@ApplicationScoped
class EditorRole implements SecurityIdentityAugmentor {

    static final String ROLE = "editor";

    private final String providerRole;

    EditorRole(SignInConfig config) {
        this.providerRole = config.editorRole();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (ROLE.equals(providerRole) || identity.isAnonymous() || !identity.hasRole(providerRole)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(ROLE).build());
    }
}
