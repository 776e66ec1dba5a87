package org.pacta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.pacta.agreement.AgreementChanged;
import org.pacta.agreement.AgreementDeleting;
import org.pacta.agreement.PartyChanged;
import org.pacta.commitment.CommitmentPurge.CommitmentsDeleting;
import org.pacta.platform.NativeValues;

/**
 * The ledger's change counter, shared by every node through the database: raised inside each transaction that
 * changes commitments, agreements or parties, so it moves exactly when that change commits. Each raise also notes the
 * agreements the transaction touched ({@code ledger_touch}), so that a node keeping the ledger in memory reloads
 * those alone; the notes of the last {@link #KEPT} raises are kept. Every such change writes
 * this one row, so it is written once per transaction and as late as can be, just before the commit: raised at the
 * first event, it stayed locked for the rest of the transaction, and every other change waited for it (a 10,000-row
 * import kept all other writes waiting for seconds; on H2, whose lock timeout is 2 s, they failed with 503).
 */
@ApplicationScoped
public class LedgerStamp {

    /** How many of the latest raises keep their notes of touched agreements. */
    public static final long KEPT = 10_000;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Transactional(Transactional.TxType.SUPPORTS)
    public long current() {
        return NativeValues.number(em.createNativeQuery("select version from ledger_stamp where id = 1").getSingleResult());
    }

    void raise(@Observes CommitmentChanged event) {
        Commitment c = em.find(Commitment.class, event.commitmentId());
        raise(c == null ? List.of() : List.of(c.agreement.id));
    }

    @SuppressWarnings("unchecked")
    void raise(@Observes CommitmentsDeleting event) {
        Set<Long> agreements = new TreeSet<>();
        List<Long> ids = event.commitmentIds();
        for (int i = 0; i < ids.size(); i += 1000) {
            for (Object id : em.createNativeQuery("select distinct agreement_id from commitment where id in (:ids)")
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000))).getResultList()) {
                agreements.add(NativeValues.number(id));
            }
        }
        raise(agreements);
    }

    void raise(@Observes AgreementChanged event) {
        raise(List.of(event.agreementId()));
    }

    void raise(@Observes AgreementDeleting event) {
        raise(List.of(event.agreementId()));
    }

    void raise(@Observes PartyChanged event) {
        raise(List.of());
    }

    @SuppressWarnings("unchecked")
    private void raise(Collection<Long> agreements) {
        if (transactions.getTransactionKey() == null) {
            write(agreements);
            return;
        }
        Set<Long> touched = (Set<Long>) transactions.getResource(LedgerStamp.class);
        if (touched != null) {
            touched.addAll(agreements);
            return;
        }
        Set<Long> mine = new TreeSet<>(agreements);
        transactions.putResource(LedgerStamp.class, mine);
        // Interposed synchronizations run after the persistence context's own flush, still inside the transaction.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                write(mine);
            }

            @Override
            public void afterCompletion(int status) {
            }
        });
    }

    private void write(Collection<Long> agreements) {
        em.createNativeQuery("update ledger_stamp set version = version + 1 where id = 1").executeUpdate();
        if (agreements.isEmpty()) {
            return;
        }
        long stamp = NativeValues.number(em.createNativeQuery("select version from ledger_stamp where id = 1")
                .getSingleResult());
        for (Long id : agreements) {
            em.createNativeQuery("insert into ledger_touch (stamp, agreement_id) values (:stamp, :id)")
                    .setParameter("stamp", stamp).setParameter("id", id).executeUpdate();
        }
        if (stamp % 1000 == 0) {
            em.createNativeQuery("delete from ledger_touch where stamp <= :oldest").setParameter("oldest", stamp - KEPT)
                    .executeUpdate();
        }
    }
}
