package org.pacta.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Set;

/** How a Pacta user is carried in a Quarkus security identity. */
public final class Identities {

    static final String USER_ID = "pacta.userId";
    static final String EMAIL = "pacta.email";
    static final String NAME = "pacta.name";
    static final String PARTY_IDS = "pacta.partyIds";
    static final String SESSION_ID = "pacta.sessionId";
    static final String TOKEN_ID = "pacta.tokenId";
    static final String TOKEN_NAME = "pacta.tokenName";
    static final String MUST_CHANGE_PASSWORD = "pacta.mustChangePassword";
    static final String TIME_ZONE = "pacta.timeZone";
    static final String LANGUAGE = "pacta.language";
    static final String CALENDAR = "pacta.calendar";

    /** Session principals are "email|session-id": the session cookie stores the principal's name. */
    static final char SESSION_SEPARATOR = '|';

    private Identities() {
    }

    static SecurityIdentity of(User user, String principalName, String sessionId, ApiToken token) {
        Set<Long> partyIds = Set.copyOf(user.partyIds);
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principalName))
                .addRole(user.role)
                .addAttribute(USER_ID, user.id)
                .addAttribute(EMAIL, user.email)
                .addAttribute(NAME, user.name)
                .addAttribute(PARTY_IDS, partyIds)
                .addAttribute(MUST_CHANGE_PASSWORD, user.mustChangePassword)
                .addAttribute(TIME_ZONE, user.timeZone);
        if (user.language != null) {
            b.addAttribute(LANGUAGE, user.language);
        }
        if (user.calendar != null) {
            b.addAttribute(CALENDAR, user.calendar);
        }
        if (sessionId != null) {
            b.addAttribute(SESSION_ID, sessionId);
        }
        if (token != null) {
            b.addAttribute(TOKEN_ID, token.id);
            b.addAttribute(TOKEN_NAME, token.name);
        }
        return b.build();
    }
}
