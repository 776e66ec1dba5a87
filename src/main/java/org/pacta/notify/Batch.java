package org.pacta.notify;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.Milestone;

/** A claimed batch with everything its messages talk about, read in a handful of queries (no N+1). */
final class Batch {

    final List<Notification> notifications;
    final Map<Long, Commitment> commitments = new HashMap<>();
    final Map<Long, Milestone> milestones = new HashMap<>();
    /** The stored briefing (JSON) of each review announced, by review id. */
    final Map<Long, String> briefings = new HashMap<>();
    final Map<Long, Subscription> subscriptions = new HashMap<>();
    final Map<Long, List<Notification>> digestChildren = new HashMap<>();

    private Batch(List<Notification> notifications) {
        this.notifications = notifications;
    }

    static Batch load(EntityManager em, StoredBriefings briefings, List<Long> ids) {
        Batch b = new Batch(em.createQuery("select n from Notification n where n.id in :ids order by n.id",
                Notification.class).setParameter("ids", ids).getResultList());
        List<Long> digestIds = b.notifications.stream().filter(n -> n.kind == Notification.Kind.DIGEST).map(n -> n.id).toList();
        List<Notification> all = new ArrayList<>(b.notifications);
        if (!digestIds.isEmpty()) {
            for (Notification child : em.createQuery("select n from Notification n where n.digestId in :ids order by n.id",
                    Notification.class).setParameter("ids", digestIds).getResultList()) {
                b.digestChildren.computeIfAbsent(child.digestId, k -> new ArrayList<>()).add(child);
                all.add(child);
            }
        }
        Set<Long> commitmentIds = new HashSet<>();
        Set<Long> milestoneIds = new HashSet<>();
        Set<Long> reviewIds = new HashSet<>();
        Set<Long> subscriptionIds = new HashSet<>();
        for (Notification n : all) {
            if (n.milestoneId != null) {
                milestoneIds.add(n.milestoneId);
            }
            if (n.commitmentId != null) {
                commitmentIds.add(n.commitmentId);
            }
            if (n.reviewId != null) {
                reviewIds.add(n.reviewId);
            }
            if (n.subscriptionId != null) {
                subscriptionIds.add(n.subscriptionId);
            }
        }
        if (!commitmentIds.isEmpty()) {
            em.createQuery("select c from Commitment c join fetch c.agreement join fetch c.responsibleParty where c.id in :ids",
                    Commitment.class).setParameter("ids", commitmentIds).getResultList().forEach(c -> b.commitments.put(c.id, c));
        }
        if (!milestoneIds.isEmpty()) {
            em.createQuery("select m from Milestone m join fetch m.commitment c join fetch c.agreement"
                    + " join fetch c.responsibleParty where m.id in :ids", Milestone.class)
                    .setParameter("ids", milestoneIds).getResultList().forEach(m -> b.milestones.put(m.id, m));
        }
        if (!reviewIds.isEmpty()) {
            b.briefings.putAll(briefings.byReview(reviewIds));
        }
        if (!subscriptionIds.isEmpty()) {
            em.createQuery("select s from Subscription s where s.id in :ids", Subscription.class)
                    .setParameter("ids", subscriptionIds).getResultList().forEach(s -> b.subscriptions.put(s.id, s));
        }
        return b;
    }

    /** Why this notification must not go out any more, or null when it still applies. */
    String whyStale(Notification n, Subscription s) {
        if (n.recipientKind == Notification.RecipientKind.SUBSCRIPTION && (s == null || !s.active)) {
            return "The subscription was removed or switched off.";
        }
        switch (n.kind) {
            case DUE_SOON, DUE_TODAY, OVERDUE, ESCALATION -> {
                Commitment c;
                if (n.milestoneId != null) {
                    Milestone m = milestones.get(n.milestoneId);
                    if (m == null) {
                        return "The milestone was deleted.";
                    }
                    if (!m.isOpen()) {
                        return "The milestone is closed.";
                    }
                    if (!n.occurrence.equals(m.dueAt)) {
                        return "The milestone's deadline changed.";
                    }
                    c = m.commitment;
                } else {
                    c = commitments.get(n.commitmentId);
                    if (c == null) {
                        return "The commitment was deleted.";
                    }
                    if (!c.isOpen()) {
                        return "The commitment is " + c.status + ".";
                    }
                    if (!n.occurrence.equals(c.dueAt)) {
                        return "The deadline changed.";
                    }
                }
                if (n.recipientKind == Notification.RecipientKind.OWNER
                        && !(Recipients.ownerReminded(c.ownerEmail, c.ownerReminders, c.agreement.remindOwners)
                                && n.recipient.equals(c.ownerEmail))) {
                    return "The owner's reminders were turned off or the owner changed.";
                }
                if (n.recipientKind == Notification.RecipientKind.COORDINATOR && !c.agreement.coordinators.contains(n.recipient)) {
                    return "No longer a coordinator of the agreement.";
                }
                return null;
            }
            case REVIEW -> {
                return briefings.containsKey(n.reviewId) ? null : "The review was deleted.";
            }
            default -> {
                return null;
            }
        }
    }
}
