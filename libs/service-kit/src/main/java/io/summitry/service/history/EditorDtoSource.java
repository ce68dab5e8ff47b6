package io.summitry.service.history;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is writing: the request's token subject and display name, {@code anonymous} without one. */
final class EditorDtoSource {

    record Editor(String id, String name) {
    }

    static final Editor ANONYMOUS = new Editor("anonymous", null);
    static final Editor SYSTEM = new Editor("system", null);

    private EditorDtoSource() {
    }

    static Editor current() {
        if (Arc.container().getActiveContext(jakarta.enterprise.context.RequestScoped.class) == null) {
            return SYSTEM; // no request: work the service does on its own
        }
        SecurityIdentity identity;
        try {
            // authentication is lazy (proactive off); this resolves the token if a rule has not already
            identity = Arc.container().instance(CurrentIdentityAssociation.class).get().getIdentity();
        } catch (RuntimeException e) {
            return ANONYMOUS;
        }
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String subject = token.getSubject() != null ? token.getSubject() : token.getName();
            String name = token.getClaim("name");
            if (name == null) {
                name = token.getClaim("preferred_username");
            }
            return new Editor(subject == null ? "anonymous" : subject, name);
        }
        return new Editor(identity.getPrincipal().getName(), null);
    }
}
