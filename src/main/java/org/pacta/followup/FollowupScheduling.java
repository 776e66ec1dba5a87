package org.pacta.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.CommitmentChanged;
import org.pacta.commitment.CommitmentPurge;
import org.pacta.commitment.Milestone;
import org.pacta.notify.Draft;
import org.pacta.notify.Notification;
import org.pacta.notify.Outbox;
import org.pacta.notify.Subscription;

/**
 * Keeps each item's next follow-up moment true the moment something changes, in the transaction of the change:
 * a revised deadline, a DONE or CANCELLED (a new or changed subscription is caught up by {@link CatchUp}). Reminders that no longer apply (for an
 * old deadline, or a closed item) are cancelled before a dispatcher can send them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FollowupScheduling {

    private static final List<Notification.Status> WAITING = List.of(Notification.Status.PENDING,
            Notification.Status.HELD, Notification.Status.RETRY);
    private static final List<Notification.Kind> DEADLINE_KINDS = List.of(Notification.Kind.DUE_SOON,
            Notification.Kind.DUE_TODAY, Notification.Kind.OVERDUE, Notification.Kind.ESCALATION);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    org.pacta.notify.SubscriptionService subscriptions;

    void onCommitmentChanged(@Observes CommitmentChanged event) {
        Commitment c = em.find(Commitment.class, event.commitmentId());
        if (c == null) {
            return;
        }
        Instant now = clock.instant();
        List<Milestone> milestones = Milestone.list("commitment", c);
        cancelStale(c, milestones);
        List<Subscription> subscriptions = Subscription.list("active = true and (scope = ?1 or (scope = ?2 and agreementId = ?3)"
                + " or (scope = ?4 and partyId = ?5) or (scope = ?6 and commitmentId = ?7))",
                Subscription.Scope.ALL, Subscription.Scope.AGREEMENT, c.agreement.id, Subscription.Scope.PARTY,
                c.responsibleParty.id, Subscription.Scope.COMMITMENT, c.id);
        List<Recipient> recipients = new ArrayList<>();
        subscriptions.forEach(s -> recipients.add(Recipient.of(s)));
        if (c.ownerEmail != null && c.ownerReminders && c.agreement.remindOwners) {
            recipients.add(Recipient.owner(c.ownerEmail));
        }
        List<String> coordinators = List.copyOf(c.agreement.coordinators);
        c.nextFollowupAt = next(new ItemPlan.Item(c.id, null, c.agreement.id, c.deadline(), c.isOpen()), recipients,
                coordinators, now);
        for (Milestone m : milestones) {
            m.nextFollowupAt = next(new ItemPlan.Item(c.id, m.id, c.agreement.id, m.deadline(), m.isOpen()), recipients,
                    coordinators, now);
        }
    }

    /** Now, when something is owed that has not been written yet; else the next rung; null when nothing is left. */
    private Instant next(ItemPlan.Item item, List<Recipient> recipients, List<String> coordinators, Instant now) {
        ItemPlan plan = ItemPlan.of(item, recipients, coordinators, now);
        if (!plan.drafts().isEmpty()) {
            Set<String> have = outbox.existing(plan.drafts().stream().map(Draft::key).toList());
            if (plan.drafts().stream().anyMatch(d -> !have.contains(d.key()))) {
                return now;
            }
        }
        return plan.next();
    }

    private void cancelStale(Commitment c, List<Milestone> milestones) {
        // An undated item owes nothing, like a closed one: every waiting reminder of it goes.
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
                    + " where n.milestoneId = :id and n.status in :waiting" + (milestoneDue ? " and n.occurrence <> :due" : ""))
                    .setParameter("cancelled", Notification.Status.CANCELLED)
                    .setParameter("reason", m.isOpen() ? "The milestone's deadline changed." : "The milestone is closed.")
                    .setParameter("id", m.id).setParameter("waiting", WAITING);
            if (milestoneDue) {
                milestoneQuery.setParameter("due", m.dueAt);
            }
            milestoneQuery.executeUpdate();
        }
    }

    /** A deleted agreement takes its reviews, briefings and agreement-wide subscriptions with it. */
    void onAgreementDeleting(@Observes org.pacta.agreement.AgreementDeleting event) {
        long id = event.agreementId();
        em.createQuery("delete from Notification n where n.agreementId = :id").setParameter("id", id).executeUpdate();
        em.createQuery("delete from ReviewNote r where r.review.agreement.id = :id").setParameter("id", id).executeUpdate();
        em.createQuery("delete from Review r where r.agreement.id = :id").setParameter("id", id).executeUpdate();
        subscriptions.purge(Subscription.list("agreementId", id));
    }

    /** Deleted commitments take their notifications and commitment-scoped subscriptions with them. */
    void onCommitmentsDeleting(@Observes CommitmentPurge.CommitmentsDeleting event) {
        if (!event.commitmentIds().isEmpty()) {
            em.createQuery("delete from Notification n where n.commitmentId in :ids")
                    .setParameter("ids", event.commitmentIds()).executeUpdate();
            subscriptions.purge(Subscription.list("commitmentId in ?1", event.commitmentIds()));
        }
    }
}
