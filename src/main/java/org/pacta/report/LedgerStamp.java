package org.pacta.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pacta.agreement.AgreementChanged;
import org.pacta.agreement.AgreementDeleting;
import org.pacta.agreement.PartyChanged;
import org.pacta.commitment.CommitmentChanged;
import org.pacta.commitment.CommitmentPurge.CommitmentsDeleting;
import org.pacta.platform.NativeValues;

/**
 * The ledger's change counter, shared by every node through the database: raised inside each transaction that
 * changes commitments, agreements or parties, so it moves exactly when that change commits.
 */
@ApplicationScoped
public class LedgerStamp {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public long current() {
        return NativeValues.number(em.createNativeQuery("select version from ledger_stamp where id = 1").getSingleResult());
    }

    void raise(@Observes CommitmentChanged event) {
        raise();
    }

    void raise(@Observes CommitmentsDeleting event) {
        raise();
    }

    void raise(@Observes AgreementChanged event) {
        raise();
    }

    void raise(@Observes AgreementDeleting event) {
        raise();
    }

    void raise(@Observes PartyChanged event) {
        raise();
    }

    private void raise() {
        em.createNativeQuery("update ledger_stamp set version = version + 1 where id = 1").executeUpdate();
    }
}
