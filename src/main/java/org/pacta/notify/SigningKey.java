package org.pacta.notify;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that signs unsubscribe links. From {@code pacta.signing-key} when the operator sets one; otherwise
 * generated once and kept in the database, so that every node of a cluster signs and checks alike.
 */
@ApplicationScoped
public class SigningKey {

    private static final String NAME = "link-signing";

    @Inject
    org.pacta.platform.PactaConfig pacta;

    @Inject
    EntityManager em;

    private volatile byte[] key;

    public String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            k = pacta.signingKey().filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(this::stored);
            key = k;
        }
        return k;
    }

    private byte[] stored() {
        String existing = QuarkusTransaction.requiringNew().call(this::read);
        if (existing == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "insert into app_secret (name, secret) values (:name, :secret)").setParameter("name", NAME)
                        .setParameter("secret", Base64.getEncoder().encodeToString(fresh)).executeUpdate());
            } catch (RuntimeException raceLost) {
                // Another node stored its key first; use that one.
            }
            existing = QuarkusTransaction.requiringNew().call(this::read);
        }
        return Base64.getDecoder().decode(existing);
    }

    private String read() {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("select secret from app_secret where name = :name")
                .setParameter("name", NAME).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
