package org.pacta.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * One-click unsubscribe without a login: a link carries what to stop ("s:12" a subscription, "o:42" a
 * commitment owner's reminders, "c:7:someone@example.org" a coordinator of an agreement) and its signature.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    @Inject
    SigningKey signingKey;

    @Inject
    org.pacta.platform.PactaConfig pacta;

    public String forSubscription(long id) {
        return url("s:" + id);
    }

    public String forOwner(long commitmentId) {
        return url("o:" + commitmentId);
    }

    public String forCoordinator(long agreementId, String email) {
        return url("c:" + agreementId + ":" + email);
    }

    public String url(String payload) {
        return pacta.baseUrl() + "/unsubscribe/" + token(payload);
    }

    String token(String payload) {
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + signingKey.sign(payload);
    }

    /** The payload of a genuine token; empty for anything forged, truncated or malformed. */
    public Optional<String> verify(String token) {
        if (token == null || token.length() > 1000) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] expected = signingKey.sign(payload).getBytes(StandardCharsets.US_ASCII);
            byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, given) ? Optional.of(payload) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
