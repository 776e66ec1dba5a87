package org.pacta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.pacta.agreement.AgreementChanged;
import org.pacta.agreement.AgreementDeleting;
import org.pacta.agreement.PartyChanged;
import org.pacta.commitment.CommitmentPurge.CommitmentsDeleting;
import org.pacta.platform.NativeValues;

/**
 * The ledger's change counter, shared by every node through the database: raised inside each transaction that
 * changes commitments, agreements or parties, so it moves exactly when that change commits. Every such change writes
 * this one row, so it is written once per transaction and as late as can be, just before the commit: raised at the
 * first event, it stayed locked for the rest of the transaction, and every other change waited for it (a 10,000-row
 * import kept all other writes waiting for seconds; on H2, whose lock timeout is 2 s, they failed with 503).
 */
@ApplicationScoped
public class LedgerStamp {

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

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
        if (transactions.getTransactionKey() == null) {
            write();
            return;
        }
        if (transactions.getResource(LedgerStamp.class) != null) {
            return;
        }
        transactions.putResource(LedgerStamp.class, Boolean.TRUE);
        // Interposed synchronizations run after the persistence context's own flush, still inside the transaction.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                write();
            }

            @Override
            public void afterCompletion(int status) {
            }
        });
    }

    private void write() {
        em.createNativeQuery("update ledger_stamp set version = version + 1 where id = 1").executeUpdate();
    }
}
