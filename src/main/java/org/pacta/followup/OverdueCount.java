package org.pacta.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.report.LedgerStamp;

/**
 * How many commitments are overdue, counted after each sweep for the status endpoint and the
 * {@code pacta.overdue.commitments} gauge. At a million commitments a full count reads half a million index entries:
 * a quarter of a second on a quiet machine, seconds under load, in parallel workers that take both cores from the
 * requests being served (docs/benchmarks.md). While the ledger stamp is unchanged no commitment was closed, reopened
 * or moved, so only deadlines passed since the last count can change it, and those are counted alone.
 */
@ApplicationScoped
class OverdueCount {

    private static final List<CommitmentStatus> CLOSED = List.of(CommitmentStatus.DONE, CommitmentStatus.CANCELLED);

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
        long count = before != null && before.stamp() == stamp && !now.isBefore(before.at())
                ? before.count() + em.createQuery("select count(c) from Commitment c where c.status not in :closed"
                        + " and c.dueAt > :from and c.dueAt <= :now", Long.class)
                        .setParameter("closed", CLOSED).setParameter("from", before.at()).setParameter("now", now)
                        .getSingleResult()
                : em.createQuery("select count(c) from Commitment c where c.status not in :closed and c.dueAt <= :now",
                        Long.class).setParameter("closed", CLOSED).setParameter("now", now).getSingleResult();
        last = new Counted(stamp, now, count);
        return count;
    }
}
