package org.pacta.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

/**
 * {@link PasswordIdentityProvider} checks the email and password of a sign-in; this turns its identity into a
 * server-side session whose id travels in the encrypted session cookie.
 */
@ApplicationScoped
public class SessionAugmentor implements SecurityIdentityAugmentor {

    @Inject
    Sessions sessions;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getAttribute(Identities.USER_ID) != null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> open(identity.getPrincipal().getName()));
    }

    @ActivateRequestContext
    SecurityIdentity open(String email) {
        return sessions.open(email);
    }
}
