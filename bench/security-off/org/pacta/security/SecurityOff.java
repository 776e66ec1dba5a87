package org.pacta.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.spi.runtime.AuthorizationController;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Set;

/**
 * Benchmark build only (Maven profile bench-security-off, never in the product jar): every request is the first
 * administrator, read once, with no credential looked at and no role checked. bench/auth.sh compares a
 * token-authenticated request of the product jar with the same request here.
 */
@ApplicationScoped
public class SecurityOff implements HttpAuthenticationMechanism {

    private volatile SecurityIdentity admin;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        SecurityIdentity known = admin;
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return Uni.createFrom().item(this::firstAdmin).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @ActivateRequestContext
    SecurityIdentity firstAdmin() {
        User user = User.find("role = ?1 order by id", User.Role.ADMIN.id()).firstResult();
        admin = Identities.of(user, user.email, null, null);
        return admin;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 10_000;
    }

    /** Role checks off as well. */
    @Alternative
    @Priority(Interceptor.Priority.LIBRARY_AFTER)
    @ApplicationScoped
    public static class AuthorizationOff extends AuthorizationController {
        @Override
        public boolean isAuthorizationEnabled() {
            return false;
        }
    }
}
