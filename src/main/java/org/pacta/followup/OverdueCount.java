package org.pacta.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.pacta.commitment.CommitmentQueries;
import org.pacta.commitment.LedgerStamp;

/**
 * How many commitments are overdue, counted after each sweep for the status endpoint and the
 * {@code pacta.overdue.commitments} gauge. At a million commitments a full count reads half a million index entries:
 * a quarter of a second on a quiet machine, seconds under load, in parallel workers that take both cores from the
 * requests being served (docs/benchmarks.md). While the ledger stamp is unchanged no commitment was closed, reopened
 * or moved, so only deadlines passed since the last count can change it, and those are counted alone.
 */
@ApplicationScoped
class OverdueCount {

    private record Counted(long stamp, Instant at, long count) {
    }

    @Inject
    EntityManager em;

    @Inject
    LedgerStamp ledger;

    private Counted last;

    /**
     * The count at {@code now}, in the caller's transaction. The stamp is read first, so a change committed while
     * counting makes the next count a full one.
     */
    synchronized long at(Instant now) {
        long stamp = ledger.current();
        Counted before = last;
        boolean onlyPassed = before != null && before.stamp() == stamp && !now.isBefore(before.at());
        var query = em.createQuery("select count(c) from Commitment c where c.status not in :closed and c.dueAt <= :now"
                + (onlyPassed ? " and c.dueAt > :from" : ""), Long.class)
                .setParameter("closed", CommitmentQueries.CLOSED).setParameter("now", now);
        if (onlyPassed) {
            query.setParameter("from", before.at());
        }
        long count = (onlyPassed ? before.count() : 0) + query.getSingleResult();
        last = new Counted(stamp, now, count);
        return count;
    }
}
