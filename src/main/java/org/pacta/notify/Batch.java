package org.pacta.notify;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.Confirmation;
import org.pacta.commitment.ConfirmationStep;
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
    /** The thread steps that DISPUTED, ANSWERED and CONFIRMED notifications tell of, by {@link #stepKey}. */
    final Map<String, ConfirmationStep> steps = new HashMap<>();
    /** The parties each official recipient of the batch speaks for now, by email. */
    final Map<String, Set<Long>> officials = new HashMap<>();
    private final Duration confirmationWait;

    private Batch(List<Notification> notifications, Duration confirmationWait) {
        this.notifications = notifications;
        this.confirmationWait = confirmationWait;
    }

    static Batch load(EntityManager em, StoredBriefings briefings, List<Long> ids, Duration confirmationWait) {
        Batch b = new Batch(em.createQuery("select n from Notification n where n.id in :ids order by n.id",
                Notification.class).setParameter("ids", ids).getResultList(), confirmationWait);
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
        Set<String> officials = new HashSet<>();
        Set<Instant> stepTimes = new HashSet<>();
        for (Notification n : all) {
            if (STEPS.contains(n.kind)) {
                stepTimes.add(n.occurrence);
            }
            if (n.recipientKind == Notification.RecipientKind.OFFICIAL) {
                officials.add(n.recipient);
            }
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
        if (!stepTimes.isEmpty()) {
            em.createQuery("select s from ConfirmationStep s join fetch s.party where s.commitment.id in :ids"
                    + " and s.recordedAt in :times", ConfirmationStep.class).setParameter("ids", commitmentIds)
                    .setParameter("times", stepTimes).getResultList()
                    .forEach(s -> b.steps.put(stepKey(s.commitment.id, s.milestone == null ? null : s.milestone.id,
                            s.act.name(), s.recordedAt), s));
        }
        if (!officials.isEmpty()) {
            em.createQuery("select u.email, p from User u join u.partyIds p where u.role = 'official' and u.email in :emails",
                    Object[].class).setParameter("emails", officials).getResultList()
                    .forEach(r -> b.officials.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((Long) r[1]));
        }
        return b;
    }

    /**
     * A step of a thread is told while its item exists and the official still speaks for a party to the agreement; a
     * reminder to confirm while the completion still waits, asked at the moment the reminder was planned from.
     */
    private String whyStaleStep(Notification n) {
        Milestone m = n.milestoneId == null ? null : milestones.get(n.milestoneId);
        Commitment c = n.milestoneId == null ? commitments.get(n.commitmentId) : m == null ? null : m.commitment;
        if (c == null) {
            return n.milestoneId == null ? "The commitment was deleted." : "The milestone was deleted.";
        }
        if (n.recipientKind == Notification.RecipientKind.OFFICIAL
                && officials.getOrDefault(n.recipient, Set.of()).stream().noneMatch(c.agreement.partyIds()::contains)) {
            return "No longer an official of a party to the agreement.";
        }
        if (n.recipientKind == Notification.RecipientKind.COORDINATOR && !c.agreement.coordinators.contains(n.recipient)) {
            return "No longer a coordinator of the agreement.";
        }
        if (n.kind == Notification.Kind.CONFIRMATION) {
            Confirmation state = m == null ? c.confirmation : m.confirmation;
            Instant asked = m == null ? c.confirmationAskedAt : m.confirmationAskedAt;
            if (state != Confirmation.PENDING || asked == null) {
                return "The completion is no longer waiting for confirmation.";
            }
            if (!n.occurrence.equals(asked.plus(confirmationWait))) {
                return "The completion was reported again, or the wait for confirmation changed.";
            }
        }
        return null;
    }

    private static final Set<Notification.Kind> STEPS = Set.of(Notification.Kind.DISPUTED, Notification.Kind.ANSWERED,
            Notification.Kind.CONFIRMED);

    /** A step is told with its act as the stage and its moment as the occurrence. */
    static String stepKey(long commitmentId, Long milestoneId, String act, Instant at) {
        return commitmentId + ":" + milestoneId + ":" + act + ":" + at.toEpochMilli() + "." + at.getNano();
    }

    ConfirmationStep stepOf(Notification n) {
        return STEPS.contains(n.kind) ? steps.get(stepKey(n.commitmentId, n.milestoneId, n.stage, n.occurrence)) : null;
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
            case CONFIRMATION, DISPUTED, ANSWERED, CONFIRMED -> {
                return whyStaleStep(n);
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
