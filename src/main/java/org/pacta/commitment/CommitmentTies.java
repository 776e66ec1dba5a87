package org.pacta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.pacta.agreement.AgreementEmptying;
import org.pacta.agreement.PartyDeleting;
import org.pacta.agreement.PartyLeaving;
import org.pacta.platform.Refusal;

/**
 * What commitments hold on to below them: a deleted agreement takes its commitments along (refused while other
 * agreements' commitments depend on them), a party stays in an agreement while it is responsible there, and a party
 * whose word is in a completion's thread is not deleted.
 */
@ApplicationScoped
class CommitmentTies {

    @Inject
    CommitmentPurge purge;

    @Inject
    jakarta.enterprise.event.Event<CommitmentChanged> changed;

    void onAgreementEmptying(@Observes AgreementEmptying event) {
        List<Long> ids = Commitment.find("select c.id from Commitment c where c.agreement = ?1", event.agreement())
                .project(Long.class).list();
        purge.refuseIfOthersDependOn(ids);
        purge.purge(ids);
        event.commitmentsRemoved(ids.size());
    }

    void onPartyLeaving(@Observes PartyLeaving event) {
        long responsible = Commitment.count("agreement = ?1 and responsibleParty = ?2", event.agreement(), event.party());
        if (responsible > 0) {
            String code = event.party().code;
            throw Refusal.invalidField("parties", r -> r.party_still_responsible(code, responsible));
        }
        if (event.agreement().parties.stream().filter(p -> !p.id.equals(event.party().id)).count() <= 1) {
            // No one but the responsible party is left to ask: a waiting completion has nothing to wait for. What was
            // said (a dispute, a confirmation) stays as said.
            List<Commitment> waiting = Commitment.list("agreement = ?1 and confirmation = ?2", event.agreement(),
                    Confirmation.PENDING);
            List<Milestone> waitingMilestones = Milestone.list("agreementId = ?1 and confirmation = ?2",
                    event.agreement().id, Confirmation.PENDING);
            java.util.Set<Long> touched = new java.util.TreeSet<>();
            for (Commitment c : waiting) {
                c.confirmation = null;
                c.confirmationAskedAt = null;
                touched.add(c.id);
            }
            for (Milestone m : waitingMilestones) {
                m.confirmation = null;
                m.confirmationAskedAt = null;
                touched.add(m.commitment.id);
            }
            touched.forEach(id -> changed.fire(new CommitmentChanged(id)));
        }
    }

    void onPartyDeleting(@Observes PartyDeleting event) {
        event.responsibleFor(Commitment.count("responsibleParty", event.party()));
        event.spokeIn(ConfirmationStep.count("party", event.party()));
    }
}
