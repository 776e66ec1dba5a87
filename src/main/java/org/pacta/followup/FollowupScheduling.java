package org.pacta.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.CommitmentChanged;
import org.pacta.commitment.CommitmentPurge;
import org.pacta.commitment.ConfirmationSpoken;
import org.pacta.commitment.Milestone;
import org.pacta.notify.Draft;
import org.pacta.notify.Notification;
import org.pacta.notify.Outbox;
import org.pacta.notify.Recipients;
import org.pacta.notify.Subscription;

/**
 * Keeps each item's next follow-up moment true the moment something changes, in the transaction of the change:
 * a revised deadline, a DONE or CANCELLED (a new or changed subscription is caught up by {@link CatchUp}). Reminders that no longer apply (for an
 * old deadline, or a closed item) are cancelled before a dispatcher can send them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FollowupScheduling {


    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    org.pacta.notify.SubscriptionService subscriptions;

    @Inject
    org.pacta.platform.PactaConfig config;

    @Inject
    Counterparts counterparts;

    @Inject
    ConfirmationNotices notices;

    @Inject
    org.pacta.agreement.WorkCalendars calendars;

    void onCommitmentChanged(@Observes CommitmentChanged event) {
        Commitment c = em.find(Commitment.class, event.commitmentId());
        if (c == null) {
            return;
        }
        Instant now = clock.instant();
        List<Milestone> milestones = Milestone.list("commitment", c);
        outbox.cancelStale(c, milestones);
        var scopes = Recipients.scopesOfCommitment(c.id, c.agreement.id, c.responsibleParty.id);
        List<Subscription> following = Recipients.following(scopes);
        List<Recipient> recipients = Recipient.of(following, c.ownerEmail, c.ownerReminders, c.agreement.remindOwners);
        List<Recipient> asked = null;
        List<String> coordinators = List.copyOf(c.agreement.coordinators);
        Duration wait = config.followup().confirmationWait();
        List<ItemPlan.Item> items = new ArrayList<>();
        // In the item's own zone, as the sweep plans it (DueItem), so that both find the same moments.
        items.add(ItemPlan.Item.of(c.id, null, c.agreement.id, c.deadline(), c.isOpen(), c.confirmation,
                c.confirmationAskedAt, ZoneId.of(c.dueZone), wait));
        for (Milestone m : milestones) {
            items.add(ItemPlan.Item.of(c.id, m.id, c.agreement.id, m.deadline(), m.isOpen(), m.confirmation,
                    m.confirmationAskedAt, ZoneId.of(m.dueZone), wait));
        }
        org.pacta.agreement.WorkCalendar escalationDays = c.agreement.escalationInWorkingDays
                ? calendars.of(c.responsibleParty) : null;
        List<Instant> next = new ArrayList<>();
        for (ItemPlan.Item item : items) {
            if (item.confirmation() && asked == null) {
                Map<Long, List<String>> officials = counterparts.officials(c.agreement.partyIds());
                asked = Recipient.asking(following, Counterparts.of(c.agreement.partyIds(), c.responsibleParty.id, officials));
            }
            next.add(next(item, item.confirmation() ? asked : recipients, coordinators, now, escalationDays));
        }
        c.nextFollowupAt = next.get(0);
        for (int i = 0; i < milestones.size(); i++) {
            milestones.get(i).nextFollowupAt = next.get(i + 1);
        }
    }

    /** A step in a completion's thread is told to those it concerns (its CommitmentChanged replans the item). */
    void onConfirmationSpoken(@Observes ConfirmationSpoken event) {
        notices.tell(event, clock.instant());
    }

    /** Now, when something is owed that has not been written yet; else the next rung; null when nothing is left. */
    private Instant next(ItemPlan.Item item, List<Recipient> recipients, List<String> coordinators, Instant now,
            org.pacta.agreement.WorkCalendar escalationDays) {
        ItemPlan plan = ItemPlan.of(item, recipients, coordinators, now, escalationDays);
        if (!plan.drafts().isEmpty()) {
            Set<String> have = outbox.existing(plan.drafts().stream().map(Draft::key).toList());
            if (plan.drafts().stream().anyMatch(d -> !have.contains(d.key()))) {
                return now;
            }
        }
        return plan.next();
    }

    /** A deleted agreement takes its reviews, briefings and agreement-wide subscriptions with it. */
    void onAgreementDeleting(@Observes org.pacta.agreement.AgreementDeleting event) {
        long id = event.agreementId();
        outbox.forgetAgreement(id);
        em.createQuery("delete from ReviewNote r where r.review.agreement.id = :id").setParameter("id", id).executeUpdate();
        em.createQuery("delete from Review r where r.agreement.id = :id").setParameter("id", id).executeUpdate();
        subscriptions.purge(Subscription.list("agreementId", id));
    }

    /** Deleted commitments take their notifications and commitment-scoped subscriptions with them. */
    void onCommitmentsDeleting(@Observes CommitmentPurge.CommitmentsDeleting event) {
        if (!event.commitmentIds().isEmpty()) {
            outbox.forgetCommitments(event.commitmentIds());
            subscriptions.purge(Subscription.list("commitmentId in ?1", event.commitmentIds()));
        }
    }
}
