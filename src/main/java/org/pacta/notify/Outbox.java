package org.pacta.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.Confirmation;
import org.pacta.commitment.Milestone;

/**
 * The one owner of notification rows: it writes them once per idempotency key with their delivery time, revives a
 * cancelled one that is owed again, cancels those that no longer apply, claims due ones for a node's lease, renews
 * the lease and settles their outcomes (sent, retry with backoff, dead). Nothing else changes a row's status.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);
    private static final int CHUNK = 500;
    /** Rows that have not been sent and may still be: what a cancellation takes back. */
    static final List<Notification.Status> WAITING = List.of(Notification.Status.PENDING, Notification.Status.HELD,
            Notification.Status.RETRY);
    private static final List<String> CLAIMABLE = List.of("PENDING", "RETRY", "SENDING");
    private static final List<Notification.Kind> DEADLINE_KINDS = List.of(Notification.Kind.DUE_SOON,
            Notification.Kind.DUE_TODAY, Notification.Kind.OVERDUE, Notification.Kind.ESCALATION);

    @Inject
    EntityManager em;

    @Inject
    NotifyMetrics metrics;

    @Inject
    Clock clock;

    @Inject
    org.pacta.platform.PactaConfig pacta;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    WorkingMornings mornings;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

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
        Map<String, Instant> notBefore = mornings.notBefore(byKey.values().stream().filter(d -> !have.contains(d.key()))
                .toList(), now);
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
            n.notBefore = notBefore.get(d.key());
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

    /** Waiting rows of these subscriptions will not be sent (switched off, or their account deleted). */
    public void cancelForSubscriptions(Collection<Long> subscriptionIds, String why) {
        if (!subscriptionIds.isEmpty()) {
            Notification.update("status = ?1, lastError = ?2 where subscriptionId in ?3 and status in ?4",
                    Notification.Status.CANCELLED, why, subscriptionIds, WAITING);
        }
    }

    /** The owner of a commitment gets none of its waiting reminders. */
    public void cancelForOwner(long commitmentId, String why) {
        Notification.update("status = ?1, lastError = ?2 where commitmentId = ?3 and recipientKind = ?4 and status in ?5",
                Notification.Status.CANCELLED, why, commitmentId, Notification.RecipientKind.OWNER, WAITING);
    }

    /** A coordinator of an agreement gets none of its waiting messages. */
    public void cancelForCoordinator(long agreementId, String email, String why) {
        Notification.update("status = ?1, lastError = ?2 where agreementId = ?3 and recipient = ?4 and recipientKind = ?5"
                + " and status in ?6", Notification.Status.CANCELLED, why, agreementId, email,
                Notification.RecipientKind.COORDINATOR, WAITING);
    }

    /** A DEAD row goes out again: back to PENDING now, with a fresh count of attempts and its idempotency key. */
    public void revive(Notification n, Instant now) {
        n.status = Notification.Status.PENDING;
        n.attempts = 0;
        n.notBefore = now;
    }

    /** Held rows that a digest carries: they are sent with it, not on their own. */
    public void carriedBy(List<Notification> held, long digestId) {
        for (Notification n : held) {
            n.status = Notification.Status.DIGESTED;
            n.digestId = digestId;
        }
    }

    /** A held row that will not be carried by a digest. */
    public void cancel(Notification n, String why) {
        n.status = Notification.Status.CANCELLED;
        n.lastError = why;
    }

    /**
     * Waiting deadline reminders of a commitment and its milestones that no longer apply: those of an old deadline,
     * or all of them for a closed or undated item (an undated item owes nothing, like a closed one).
     */
    public void cancelStale(Commitment c, List<Milestone> milestones) {
        boolean dueStill = c.isOpen() && !c.isUndated();
        var commitmentQuery = em.createQuery("update Notification n set n.status = :cancelled, n.lastError = :reason"
                + " where n.commitmentId = :id and n.milestoneId is null and n.status in :waiting and n.kind in :kinds"
                + (dueStill ? " and n.occurrence <> :due" : ""))
                .setParameter("cancelled", Notification.Status.CANCELLED)
                .setParameter("reason", c.isOpen() ? "The deadline changed; this reminder no longer applies."
                        : "The commitment is " + c.status + "; this reminder no longer applies.")
                .setParameter("id", c.id).setParameter("waiting", WAITING).setParameter("kinds", DEADLINE_KINDS);
        if (dueStill) {
            commitmentQuery.setParameter("due", c.dueAt);
        }
        commitmentQuery.executeUpdate();
        for (Milestone m : milestones) {
            boolean milestoneDue = m.isOpen() && !m.isUndated();
            var milestoneQuery = em.createQuery("update Notification n set n.status = :cancelled, n.lastError = :reason"
                    + " where n.milestoneId = :id and n.status in :waiting and n.kind in :kinds"
                    + (milestoneDue ? " and n.occurrence <> :due" : ""))
                    .setParameter("cancelled", Notification.Status.CANCELLED)
                    .setParameter("reason", m.isOpen() ? "The milestone's deadline changed." : "The milestone is closed.")
                    .setParameter("id", m.id).setParameter("waiting", WAITING).setParameter("kinds", DEADLINE_KINDS);
            if (milestoneDue) {
                milestoneQuery.setParameter("due", m.dueAt);
            }
            milestoneQuery.executeUpdate();
            if (m.confirmation != Confirmation.PENDING) {
                cancelAskingToConfirm("n.milestoneId = :id", m.id);
            }
        }
        if (c.confirmation != Confirmation.PENDING) {
            cancelAskingToConfirm("n.commitmentId = :id and n.milestoneId is null", c.id);
        }
    }

    /** Reminders to confirm a completion that was confirmed, disputed or taken back since. */
    private void cancelAskingToConfirm(String item, long id) {
        em.createQuery("update Notification n set n.status = :cancelled, n.lastError = :reason where " + item
                + " and n.status in :waiting and n.kind = :kind")
                .setParameter("cancelled", Notification.Status.CANCELLED)
                .setParameter("reason", "The completion is no longer waiting for confirmation.")
                .setParameter("id", id).setParameter("waiting", WAITING)
                .setParameter("kind", Notification.Kind.CONFIRMATION).executeUpdate();
    }

    /** A deleted agreement's rows go with it. */
    public void forgetAgreement(long agreementId) {
        em.createQuery("delete from Notification n where n.agreementId = :id").setParameter("id", agreementId).executeUpdate();
    }

    /** Deleted commitments' rows go with them. */
    public void forgetCommitments(List<Long> commitmentIds) {
        em.createQuery("delete from Notification n where n.commitmentId in :ids").setParameter("ids", commitmentIds)
                .executeUpdate();
    }

    /**
     * Takes up to a batch of due rows for a lease under {@code token} (DESIGN, "Delivery guarantee"): a conditional
     * update that only one node can win, plus {@code FOR UPDATE SKIP LOCKED} on PostgreSQL so that nodes do not queue
     * behind each other. Answers the ids now held by the token.
     */
    public List<Long> claim(String token, Instant now) {
        String lock = "postgresql".equals(dbKind) ? " for update skip locked" : "";
        @SuppressWarnings("unchecked")
        List<Number> candidates = em.createNativeQuery("select id from notification where status in (:claimable)"
                + " and not_before <= :now order by not_before, id limit " + pacta.dispatch().batchSize() + lock)
                .setParameter("claimable", CLAIMABLE).setParameter("now", now).getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Long> ids = candidates.stream().map(Number::longValue).toList();
        // The same condition again: of two nodes that picked the same rows, only one changes them.
        em.createNativeQuery("update notification set status = 'SENDING', claimed_by = :token, not_before = :leaseEnd,"
                + " attempts = attempts + 1 where id in (:ids) and status in (:claimable) and not_before <= :now")
                .setParameter("token", token).setParameter("leaseEnd", now.plus(pacta.dispatch().lease()))
                .setParameter("ids", ids).setParameter("claimable", CLAIMABLE).setParameter("now", now).executeUpdate();
        return em.createQuery("select n.id from Notification n where n.claimedBy = :token", Long.class)
                .setParameter("token", token).getResultList();
    }

    /**
     * Gives the rows still claimed by {@code token} a full lease from now, and answers their ids: fewer than the batch
     * means another node took some over after the lease ended here.
     */
    public Set<Long> renew(String token) {
        em.createNativeQuery("update notification set not_before = :leaseEnd where claimed_by = :token"
                + " and status = 'SENDING'").setParameter("token", token)
                .setParameter("leaseEnd", clock.instant().plus(pacta.dispatch().lease())).executeUpdate();
        return Set.copyOf(em.createQuery("select n.id from Notification n where n.claimedBy = :token"
                + " and n.status = :sending", Long.class).setParameter("token", token)
                .setParameter("sending", Notification.Status.SENDING).getResultList());
    }

    /** Settles the rows still claimed by {@code token} with their delivery outcomes; a row another node took over is left to it. */
    public void record(Map<Long, Delivery> outcomes, String token) {
        Instant now = clock.instant();
        List<Notification> claimed = em.createQuery("select n from Notification n where n.claimedBy = :token"
                + " and n.status = :sending", Notification.class).setParameter("token", token)
                .setParameter("sending", Notification.Status.SENDING).getResultList();
        for (Notification n : claimed) {
            Delivery d = outcomes.get(n.id);
            if (d == null) {
                continue;
            }
            n.claimedBy = null;
            switch (d.outcome()) {
                case SENT -> {
                    n.status = Notification.Status.SENT;
                    n.sentAt = now;
                    n.lastError = null;
                    metrics.sent(n);
                    LOG.infof("Sent %s %s to %s (%s)", n.kind, n.stage, n.recipient, n.idempotencyKey);
                }
                case CANCELLED -> {
                    n.status = Notification.Status.CANCELLED;
                    n.lastError = d.detail();
                }
                case RETRY, UNCERTAIN -> {
                    boolean dead = n.attempts >= pacta.dispatch().maxAttempts();
                    n.status = dead ? Notification.Status.DEAD : Notification.Status.RETRY;
                    n.lastError = d.detail();
                    n.notBefore = now.plus(backoff(n.attempts));
                    metrics.failed(n, dead);
                    if (d.outcome() == Delivery.Outcome.UNCERTAIN) {
                        metrics.uncertain(n);
                    }
                    LOG.warnf("Delivery of notification %d %s (attempt %d%s): %s", n.id,
                            d.outcome() == Delivery.Outcome.UNCERTAIN ? "got no answer in time" : "failed", n.attempts,
                            dead ? ", giving up" : ", key " + n.idempotencyKey, d.detail());
                }
                case DEAD, GONE -> {
                    n.status = Notification.Status.DEAD;
                    n.lastError = d.detail();
                    metrics.failed(n, true);
                    LOG.warnf("Notification %d is dead: %s", n.id, d.detail());
                    if (d.outcome() == Delivery.Outcome.GONE && n.subscriptionId != null) {
                        Subscription s = em.find(Subscription.class, n.subscriptionId);
                        if (s != null && s.active) {
                            subscriptions.goneAtReceiver(s, now);
                            LOG.infof("Subscription %d switched off: its webhook answered 410 Gone", s.id);
                        }
                    }
                }
            }
        }
    }

    /** The configured wait for this attempt, give or take a fifth, so that retries of one outage spread out. */
    Duration backoff(int attempts) {
        List<Duration> steps = pacta.dispatch().backoff();
        Duration base = steps.get(Math.min(Math.max(attempts, 1), steps.size()) - 1);
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (base.toMillis() * jitter));
    }
}
