package org.pacta.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Who is asking: a signed-in person, a script with a person's token, nobody (anonymous), or Pacta itself (jobs,
 * start-up). Pacta itself is whoever runs outside an HTTP request, or inside {@link #asSystem}.
 */
@ApplicationScoped
public class CurrentUser {

    private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> false);

    @Inject
    CurrentIdentityAssociation association;

    /** Runs work on Pacta's own behalf (demo data, first admin). */
    public static <T> T asSystem(java.util.function.Supplier<T> work) {
        boolean before = SYSTEM.get();
        SYSTEM.set(true);
        try {
            return work.get();
        } finally {
            SYSTEM.set(before);
        }
    }

    public boolean isSystem() {
        return SYSTEM.get() || !Arc.container().requestContext().isActive() || identity() == null;
    }

    SecurityIdentity identity() {
        try {
            return association.getIdentity();
        } catch (RuntimeException e) {
            if (e instanceof io.quarkus.security.AuthenticationFailedException) {
                throw e;
            }
            return null;
        }
    }

    public boolean isAnonymous() {
        if (SYSTEM.get() || !Arc.container().requestContext().isActive()) {
            return false;
        }
        SecurityIdentity id = identity();
        return id == null || id.isAnonymous();
    }

    public boolean isAdmin() {
        return !isAnonymous() && !isSystem() && identity().hasRole("admin");
    }

    public boolean isOfficial() {
        return !isAnonymous() && !isSystem() && identity().hasRole("official");
    }

    public Long userId() {
        return isAnonymous() || isSystem() ? null : identity().getAttribute(Identities.USER_ID);
    }

    public String email() {
        return isAnonymous() || isSystem() ? null : identity().getAttribute(Identities.EMAIL);
    }

    public String displayName() {
        return isAnonymous() || isSystem() ? null : identity().getAttribute(Identities.NAME);
    }

    public Set<Long> partyIds() {
        if (isAnonymous() || isSystem()) {
            return Set.of();
        }
        Set<Long> ids = identity().getAttribute(Identities.PARTY_IDS);
        return ids == null ? Set.of() : ids;
    }

    public String sessionId() {
        return isAnonymous() || isSystem() ? null : identity().getAttribute(Identities.SESSION_ID);
    }

    public Long tokenId() {
        return isAnonymous() || isSystem() ? null : identity().getAttribute(Identities.TOKEN_ID);
    }

    /** The zone the person reads times in (UTC for visitors and Pacta itself). */
    public java.time.ZoneId zone() {
        String zone = isAnonymous() || isSystem() ? null : identity().getAttribute(Identities.TIME_ZONE);
        return zone == null ? java.time.ZoneId.of("UTC") : java.time.ZoneId.of(zone);
    }

    /** The language the person chose, or null for the browser's preference. */
    public String language() {
        return isAnonymous() || isSystem() ? null : identity().getAttribute(Identities.LANGUAGE);
    }

    /** The calendar the person chose ("persian", "gregorian"), or null for their language's own. */
    public String calendar() {
        return isAnonymous() || isSystem() ? null : identity().getAttribute(Identities.CALENDAR);
    }

    public boolean mustChangePassword() {
        return !isAnonymous() && !isSystem() && Boolean.TRUE.equals(identity().getAttribute(Identities.MUST_CHANGE_PASSWORD));
    }

    /** How the audit trail and histories name whoever acts. */
    public String actor() {
        if (isSystem()) {
            return "pacta";
        }
        if (isAnonymous()) {
            return "anonymous";
        }
        String tokenName = identity().getAttribute(Identities.TOKEN_NAME);
        return tokenName == null ? email() : email() + " (token: " + tokenName + ")";
    }

    /** The name to sign progress updates and deadline changes with. */
    public String author() {
        if (isSystem() || isAnonymous()) {
            return actor();
        }
        String name = displayName();
        return name == null || name.isBlank() ? email() : name;
    }
}
