package org.pacta.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Clock;

/** A token is checked by one indexed lookup of its SHA-256: no bcrypt on the request path. */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    Clock clock;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        return context.runBlocking(() -> lookup(token));
    }

    @ActivateRequestContext
    SecurityIdentity lookup(String token) {
        if (token == null || token.length() > 200) {
            throw new AuthenticationFailedException("malformed token");
        }
        ApiToken t = ApiToken.find("tokenHash", Tokens.hash(token)).firstResult();
        if (t == null || !t.usableAt(clock.instant())) {
            throw new AuthenticationFailedException("unknown, expired or revoked token");
        }
        User user = User.findById(t.userId);
        if (user == null) {
            throw new AuthenticationFailedException("token of a deleted user");
        }
        return Identities.of(user, user.email, null, t);
    }
}
