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
 * agreements' commitments depend on them), and a party stays in an agreement while it is responsible there.
 */
@ApplicationScoped
class CommitmentTies {

    @Inject
    CommitmentPurge purge;

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
    }

    void onPartyDeleting(@Observes PartyDeleting event) {
        event.responsibleFor(Commitment.count("responsibleParty", event.party()));
    }
}
