package org.pacta.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes notification rows once per idempotency key, with their delivery time. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    private static final int CHUNK = 500;

    @Inject
    EntityManager em;

    @Inject
    NotifyMetrics metrics;

    /**
     * The keys among {@code keys} that already have a row that stands. A CANCELLED row does not: what cancelled it
     * (a deadline moved away, a DONE, a changed subscription) may have been undone, and then it is owed again.
     */
    public Set<String> existing(List<String> keys) {
        Set<String> found = new HashSet<>();
        for (int i = 0; i < keys.size(); i += CHUNK) {
            found.addAll(em.createQuery("select n.idempotencyKey from Notification n where n.idempotencyKey in :keys"
                    + " and n.status <> :cancelled", String.class)
                    .setParameter("keys", keys.subList(i, Math.min(keys.size(), i + CHUNK)))
                    .setParameter("cancelled", Notification.Status.CANCELLED).getResultList());
        }
        return found;
    }

    private Map<String, Notification> cancelled(List<String> keys) {
        Map<String, Notification> found = new HashMap<>();
        for (int i = 0; i < keys.size(); i += CHUNK) {
            em.createQuery("select n from Notification n where n.idempotencyKey in :keys and n.status = :cancelled",
                    Notification.class).setParameter("keys", keys.subList(i, Math.min(keys.size(), i + CHUNK)))
                    .setParameter("cancelled", Notification.Status.CANCELLED).getResultList()
                    .forEach(n -> found.put(n.idempotencyKey, n));
        }
        return found;
    }

    /**
     * Persists the drafts whose keys are new, and revives a CANCELLED row whose key is owed again (the key is
     * unique, so the row is reused); returns how many were written.
     */
    public int add(List<Draft> drafts, Instant now) {
        if (drafts.isEmpty()) {
            return 0;
        }
        Map<String, Draft> byKey = new LinkedHashMap<>();
        drafts.forEach(d -> byKey.putIfAbsent(d.key(), d));
        List<String> keys = new ArrayList<>(byKey.keySet());
        Set<String> have = existing(keys);
        Map<String, Notification> revivable = have.size() == keys.size() ? Map.of() : cancelled(keys);
        int written = 0;
        for (Draft d : byKey.values()) {
            if (have.contains(d.key())) {
                continue;
            }
            Notification n = revivable.get(d.key());
            boolean revived = n != null;
            if (!revived) {
                n = new Notification();
            }
            n.idempotencyKey = d.key();
            n.kind = d.kind();
            n.stage = d.stage();
            n.commitmentId = d.commitmentId();
            n.milestoneId = d.milestoneId();
            n.agreementId = d.agreementId();
            n.reviewId = d.reviewId();
            n.occurrence = d.occurrence();
            n.recipientKind = d.recipientKind();
            n.subscriptionId = d.subscription() == null ? null : d.subscription().id;
            n.channel = d.channel();
            n.recipient = d.recipient();
            boolean digest = d.subscription() != null && d.subscription().delivery == Subscription.Delivery.DAILY_DIGEST
                    && d.kind() != Notification.Kind.DIGEST;
            n.status = digest ? Notification.Status.HELD : Notification.Status.PENDING;
            n.notBefore = d.kind() == Notification.Kind.DIGEST ? now : DeliveryTimes.notBefore(d.subscription(), now);
            n.createdAt = now;
            n.attempts = 0;
            n.lastError = null;
            n.claimedBy = null;
            n.sentAt = null;
            n.digestId = null;
            if (!revived) {
                em.persist(n);
            }
            metrics.created(n);
            written++;
        }
        return written;
    }
}
