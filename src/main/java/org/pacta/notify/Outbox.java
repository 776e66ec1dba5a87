package org.pacta.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
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

    /** The keys among {@code keys} that already have a row. */
    public Set<String> existing(List<String> keys) {
        Set<String> found = new HashSet<>();
        for (int i = 0; i < keys.size(); i += CHUNK) {
            found.addAll(em.createQuery("select n.idempotencyKey from Notification n where n.idempotencyKey in :keys",
                    String.class).setParameter("keys", keys.subList(i, Math.min(keys.size(), i + CHUNK))).getResultList());
        }
        return found;
    }

    /** Persists the drafts whose keys are new; returns how many were written. */
    public int add(List<Draft> drafts, Instant now) {
        if (drafts.isEmpty()) {
            return 0;
        }
        Map<String, Draft> byKey = new LinkedHashMap<>();
        drafts.forEach(d -> byKey.putIfAbsent(d.key(), d));
        Set<String> have = existing(new ArrayList<>(byKey.keySet()));
        int written = 0;
        for (Draft d : byKey.values()) {
            if (have.contains(d.key())) {
                continue;
            }
            Notification n = new Notification();
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
            em.persist(n);
            metrics.created(n);
            written++;
        }
        return written;
    }
}
