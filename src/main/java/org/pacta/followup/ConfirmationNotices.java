package org.pacta.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.Confirmation;
import org.pacta.commitment.ConfirmationSpoken;
import org.pacta.commitment.ConfirmationStep;
import org.pacta.notify.Draft;
import org.pacta.notify.Notification;
import org.pacta.notify.Outbox;
import org.pacta.notify.Recipients;

/**
 * Tells a step of a completion's thread to those it concerns, through the outbox like any reminder: a dispute to
 * the responsible party's officials and the agreement's coordinators, an answer to the other parties' officials, a
 * confirmation to the responsible party's officials; each also to the subscriptions that follow the commitment.
 */
@ApplicationScoped
class ConfirmationNotices {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Counterparts counterparts;

    void tell(ConfirmationSpoken event, Instant now) {
        Commitment c = em.find(Commitment.class, event.commitmentId());
        ConfirmationStep step = em.find(ConfirmationStep.class, event.stepId());
        if (c == null || step == null) {
            return;
        }
        long agreementId = c.agreement.id;
        long responsible = c.responsibleParty.id;
        var scopes = Recipients.scopesOfCommitment(c.id, agreementId, responsible);
        List<Recipient> recipients = new ArrayList<>();
        Recipients.following(scopes).stream().map(Recipient::of).forEach(recipients::add);
        Map<Long, List<String>> officials = counterparts.officials(c.agreement.partyIds());
        if (event.act() == Confirmation.Act.ANSWERED) {
            Counterparts.of(c.agreement.partyIds(), responsible, officials).forEach(e -> recipients.add(Recipient.official(e)));
        } else {
            officials.getOrDefault(responsible, List.of()).forEach(e -> recipients.add(Recipient.official(e)));
        }
        if (event.act() == Confirmation.Act.DISPUTED) {
            c.agreement.coordinators.forEach(e -> recipients.add(Recipient.coordinator(e)));
        }
        Notification.Kind kind = switch (event.act()) {
            case CONFIRMED -> Notification.Kind.CONFIRMED;
            case DISPUTED -> Notification.Kind.DISPUTED;
            case ANSWERED -> Notification.Kind.ANSWERED;
        };
        List<Draft> drafts = new ArrayList<>(recipients.size());
        for (Recipient r : recipients) {
            drafts.add(new Draft("step:" + event.stepId() + ":" + r.key(), kind, event.act().name(), c.id, event.milestoneId(),
                    agreementId, null, step.recordedAt, r.kind(), r.subscription(), r.channel(), r.address()));
        }
        outbox.add(drafts, now);
    }
}
