package org.pacta.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jboss.logging.Logger;
import org.pacta.platform.Refusal;
import org.pacta.platform.Refusals;
import org.pacta.platform.TimeRules;
import org.pacta.platform.Violations;

/** API tokens: created for oneself, shown once, stored as a hash, revoked at once. */
@ApplicationScoped
@Transactional
public class Tokens {

    private static final Logger LOG = Logger.getLogger(Tokens.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "pacta_";
    static final Duration MAX_LIFETIME = Duration.ofDays(366);

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    Audit audit;

    /** A created token with its secret, which is never shown again. */
    public record Created(ApiToken token, String secret) {
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Created create(String name, Instant expiresAt) {
        Instant now = clock.instant();
        Violations v = Violations.forFields();
        if (expiresAt == null) {
            v.add("expiresAt", Refusals::token_expiry_needed);
        } else if (!expiresAt.isAfter(now)) {
            v.add("expiresAt", Refusals::token_expiry_future);
        } else if (expiresAt.isAfter(now.plus(MAX_LIFETIME)) || !TimeRules.plausible(expiresAt)) {
            v.add("expiresAt", Refusals::token_expiry_far);
        }
        v.throwIfAny();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken t = new ApiToken();
        t.userId = user.userId();
        t.name = name.strip();
        t.tokenHash = hash(secret);
        t.createdAt = now;
        t.expiresAt = expiresAt;
        t.persist();
        audit.record(Audit.CREATE, "TOKEN", t.id, null, null, TokenView.of(t));
        LOG.infof("API token %d (\"%s\") created by %s, expires %s", t.id, t.name, user.email(), t.expiresAt);
        return new Created(t, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiToken> mine() {
        return ApiToken.list("userId = ?1 and revokedAt is null order by createdAt desc, id desc", user.userId());
    }

    /** The reader's live tokens as the API and pages show them, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TokenView> myViews() {
        return mine().stream().map(TokenView::of).toList();
    }

    public void revoke(long id) {
        ApiToken t = ApiToken.findById(id);
        if (t == null || !t.userId.equals(user.userId()) || t.revokedAt != null) {
            throw Refusal.notFound("Token", id);
        }
        TokenView before = TokenView.of(t);
        t.revokedAt = clock.instant();
        audit.record(Audit.DELETE, "TOKEN", t.id, null, before, TokenView.of(t));
        LOG.infof("API token %d (\"%s\") of %s revoked", t.id, t.name, user.email());
    }

    /** Revokes every token of the user but {@code keep} (may be null); returns how many. */
    public int revokeAll(long userId, Long keep) {
        return ApiToken.update("revokedAt = ?1 where userId = ?2 and revokedAt is null and id <> ?3", clock.instant(), userId,
                keep == null ? -1L : keep);
    }
}
