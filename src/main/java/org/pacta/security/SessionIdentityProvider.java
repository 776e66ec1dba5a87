package org.pacta.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

/** Restores a session from its cookie, and refuses one that was ended (signed out, password changed). */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    Sessions sessions;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST + 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String principal = request.getPrincipal();
        if (principal == null || principal.lastIndexOf(Identities.SESSION_SEPARATOR) < 1) {
            return Uni.createFrom().nullItem();
        }
        return context.runBlocking(() -> restore(principal));
    }

    @ActivateRequestContext
    SecurityIdentity restore(String principal) {
        return sessions.restore(principal);
    }
}
