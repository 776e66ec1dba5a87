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
import java.util.List;

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
        // One round trip for the token, its user and the user's parties: this runs on every scripted request.
        List<Object[]> found = ApiToken.getEntityManager().createQuery("select t, u from ApiToken t join User u on u.id = t.userId"
                + " left join fetch u.partyIds where t.tokenHash = :hash", Object[].class)
                .setParameter("hash", Tokens.hash(token)).getResultList();
        ApiToken t = found.isEmpty() ? null : (ApiToken) found.get(0)[0];
        if (t == null || !t.usableAt(clock.instant())) {
            throw new AuthenticationFailedException("unknown, expired or revoked token, or its user deleted");
        }
        User user = (User) found.get(0)[1];
        return Identities.of(user, user.email, null, t);
    }
}
