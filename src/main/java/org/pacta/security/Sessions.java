package org.pacta.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.jboss.logging.Logger;

/** Opens, checks and ends browser sessions. */
@ApplicationScoped
@Transactional
public class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    /** After a successful password sign-in: a new session, named in the identity the cookie will carry. */
    SecurityIdentity open(String email) {
        User user = User.byEmail(email);
        if (user == null) {
            throw new AuthenticationFailedException("unknown user");
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        LoginSession s = new LoginSession();
        s.id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        s.userId = user.id;
        s.createdAt = clock.instant();
        s.persist();
        // The request has no identity yet: the account that signs in is the actor.
        audit.recordAs(user.email, user.id, Audit.CREATE, "SESSION", reference(s.id), null, null,
                Map.of("account", user.email));
        LOG.infof("%s signed in", user.email);
        return Identities.of(user, user.email + Identities.SESSION_SEPARATOR + s.id, s.id, null);
    }

    /** On every request with a session cookie: the identity, unless the session was ended. */
    @Transactional(Transactional.TxType.SUPPORTS)
    SecurityIdentity restore(String principal) {
        int bar = principal.lastIndexOf(Identities.SESSION_SEPARATOR);
        String email = principal.substring(0, bar);
        String sessionId = principal.substring(bar + 1);
        LoginSession s = LoginSession.findById(sessionId);
        if (s == null || s.revokedAt != null) {
            throw new AuthenticationFailedException("session ended");
        }
        User user = User.findById(s.userId);
        if (user == null || !user.email.equals(email)) {
            throw new AuthenticationFailedException("session ended");
        }
        return Identities.of(user, principal, s.id, null);
    }

    /** Signing out. */
    public void end(String sessionId) {
        LoginSession s = LoginSession.findById(sessionId);
        if (s != null && s.revokedAt == null) {
            s.revokedAt = clock.instant();
            audit.record(Audit.DELETE, "SESSION", reference(s.id), null, Map.of("createdAt", s.createdAt),
                    Map.of("revokedAt", s.revokedAt));
        }
    }

    /**
     * How the audit trail names a session: the id travels in the session cookie, so the trail holds a fingerprint
     * of it, enough to pair a sign-in with its sign-out.
     */
    static String reference(String sessionId) {
        return "session-" + Tokens.hash(sessionId).substring(0, 16);
    }

    /** Ends every session of the user but {@code keep} (may be null); returns how many ended. */
    public int endAll(long userId, String keep) {
        Instant now = clock.instant();
        return LoginSession.update("revokedAt = ?1 where userId = ?2 and revokedAt is null and id <> ?3", now, userId,
                keep == null ? "" : keep);
    }
}
