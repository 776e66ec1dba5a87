package org.pacta.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.pacta.commitment.Deadline;
import org.pacta.platform.NativeValues;

/**
 * The dashboard's figures, by aggregate queries over the due-time and party indexes: how much is overdue and due
 * soon, how often promises were kept on time, the most overdue and the next deadlines, and per party and per
 * agreement how commitments stand. Anonymous readers count public agreements only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Dashboard {

    static final int LIST_SIZE = 10;
    static final int BAR_LIMIT = 12;

    @Inject
    EntityManager em;

    @Inject
    LedgerStamp ledger;

    public record Stats(long overdue, long dueIn7, long dueIn30, long doneOnTime, long doneTotal) {
        /** Percent of delivered commitments delivered by their deadline; null before anything is delivered. */
        public Long onTimeRate() {
            return doneTotal == 0 ? null : Math.round(100.0 * doneOnTime / doneTotal);
        }
    }

    /** A commitment in a list: enough to show it and link to it. */
    public record Line(long id, String title, long agreementId, String agreementTitle, String party, Instant dueAt,
            String dueZone, boolean dateOnly, String status, int percentComplete, long daysOverdue) {
    }

    /** One bar: how the commitments of a party or an agreement stand. */
    public record Bar(String label, String href, long onTime, long late, long open, long overdue) {
        public long total() {
            return onTime + late + open + overdue;
        }
    }

    public record View(Stats stats, List<Line> mostOverdue, List<Line> upcoming, List<Bar> byParty, List<Bar> byAgreement) {
    }

    /** Figures that need a pass over many rows, kept for a short while per audience (everyone, or the public). */
    private record Aggregates(Instant at, long stamp, Stats stats, List<Bar> byParty, List<Bar> byAgreement) {
    }

    /**
     * How long the counts and bars may lag behind the clock (an item falling overdue as time passes); a change to the
     * ledger on any node drops them at once (the ledger stamp). The lists are always read fresh.
     */
    static final Duration AGGREGATES_FOR = Duration.ofSeconds(20);

    private final ConcurrentHashMap<Boolean, Aggregates> aggregates = new ConcurrentHashMap<>();

    /** One refresh at a time: with a million rows a refresh takes seconds, and every waiting reader would repeat it. */
    private final ReentrantLock refreshing = new ReentrantLock();

    public View view(Instant now, boolean publicOnly) {
        Aggregates a = aggregates(now, publicOnly);
        return new View(a.stats(), mostOverdue(now, publicOnly), upcoming(now, publicOnly), a.byParty(), a.byAgreement());
    }

    /*
     * While one reader refreshes figures that are only old (the ledger has not changed since), the others show them;
     * when there are none or the ledger changed, they wait for that one refresh rather than run their own.
     */
    private Aggregates aggregates(Instant now, boolean publicOnly) {
        long stamp = ledger.current();
        Aggregates a = aggregates.get(publicOnly);
        if (fresh(a, now, stamp)) {
            return a;
        }
        boolean stillTrue = a != null && a.stamp() == stamp;
        if (stillTrue && !refreshing.tryLock()) {
            return a;
        }
        if (!stillTrue) {
            refreshing.lock();
        }
        try {
            a = aggregates.get(publicOnly);
            if (!fresh(a, now, stamp)) {
                // The stamp is read before the figures: a change committed while they are read raises it, and the
                // next view reads them again.
                a = new Aggregates(now, stamp, stats(now, publicOnly), byParty(now, publicOnly), byAgreement(now, publicOnly));
                aggregates.put(publicOnly, a);
            }
            return a;
        } finally {
            refreshing.unlock();
        }
    }

    private static boolean fresh(Aggregates a, Instant now, long stamp) {
        return a != null && a.stamp() == stamp && !a.at().plus(AGGREGATES_FOR).isBefore(now) && !a.at().isAfter(now);
    }

    Stats stats(Instant now, boolean publicOnly) {
        String from = " from commitment c" + (publicOnly ? " join agreement a on a.id = c.agreement_id and a.is_public = true" : "");
        String open = " c.status not in ('DONE', 'CANCELLED')";
        long overdue = count("select count(*)" + from + " where" + open + " and c.due_at <= :now", now, null);
        long in7 = count("select count(*)" + from + " where" + open + " and c.due_at > :now and c.due_at <= :until", now,
                now.plus(Duration.ofDays(7)));
        long in30 = count("select count(*)" + from + " where" + open + " and c.due_at > :now and c.due_at <= :until", now,
                now.plus(Duration.ofDays(30)));
        long onTime = count("select count(*)" + from + " where c.status = 'DONE' and c.completed_at <= c.due_at", null, null);
        long done = count("select count(*)" + from + " where c.status = 'DONE'", null, null);
        return new Stats(overdue, in7, in30, onTime, done);
    }

    private long count(String sql, Instant now, Instant until) {
        Query q = em.createNativeQuery(sql);
        if (now != null) {
            q.setParameter("now", now);
        }
        if (until != null) {
            q.setParameter("until", until);
        }
        return NativeValues.number(q.getSingleResult());
    }

    List<Line> mostOverdue(Instant now, boolean publicOnly) {
        return lines(" and c.dueAt <= :now order by c.dueAt, c.id", now, publicOnly);
    }

    List<Line> upcoming(Instant now, boolean publicOnly) {
        return lines(" and c.dueAt > :now order by c.dueAt, c.id", now, publicOnly);
    }

    private List<Line> lines(String condition, Instant now, boolean publicOnly) {
        // Ids first through the due-time index; joined details only for the ten rows shown.
        List<Long> ids = em.createQuery("select c.id from Commitment c where c.status not in"
                + " (org.pacta.commitment.CommitmentStatus.DONE, org.pacta.commitment.CommitmentStatus.CANCELLED)"
                + (publicOnly ? " and c.agreement.id in (select a.id from Agreement a where a.isPublic = true)" : "")
                + condition, Long.class).setParameter("now", now).setMaxResults(LIST_SIZE).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select c.id, c.title, a.id, a.title, p.code, c.dueAt, c.dueZone, c.dueDateOnly,"
                + " c.status, c.percentComplete from Commitment c join c.agreement a join c.responsibleParty p"
                + " where c.id in :ids", Object[].class).setParameter("ids", ids).getResultList();
        Map<Long, Line> byId = new HashMap<>();
        for (Object[] r : rows) {
            Instant due = (Instant) r[5];
            byId.put((Long) r[0], new Line((Long) r[0], (String) r[1], (Long) r[2], (String) r[3], (String) r[4], due,
                    (String) r[6], (Boolean) r[7], r[8].toString(), (Integer) r[9], Deadline.daysOverdue(due, now)));
        }
        List<Line> out = new ArrayList<>();
        ids.forEach(id -> out.add(byId.get(id)));
        return out;
    }

    private static final String BUCKETS = " sum(case when c.status = 'DONE' and c.completed_at <= c.due_at then 1 else 0 end),"
            + " sum(case when c.status = 'DONE' and c.completed_at > c.due_at then 1 else 0 end),"
            + " sum(case when c.status not in ('DONE', 'CANCELLED') and c.due_at > :now then 1 else 0 end),"
            + " sum(case when c.status not in ('DONE', 'CANCELLED') and c.due_at <= :now then 1 else 0 end)";

    @SuppressWarnings("unchecked")
    List<Bar> byParty(Instant now, boolean publicOnly) {
        List<Object[]> rows = em.createNativeQuery("select p.code, p.name," + BUCKETS + " from commitment c"
                + " join party p on p.id = c.responsible_party_id"
                + (publicOnly ? " join agreement a on a.id = c.agreement_id and a.is_public = true" : "")
                + " group by p.code, p.name order by p.code").setParameter("now", now).setMaxResults(BAR_LIMIT).getResultList();
        List<Bar> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Bar(r[0] + " — " + r[1], "/agreements?party=" + r[0], NativeValues.number(r[2]), NativeValues.number(r[3]), NativeValues.number(r[4]), NativeValues.number(r[5])));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    List<Bar> byAgreement(Instant now, boolean publicOnly) {
        List<Object[]> rows = em.createNativeQuery("select a.id, a.title," + BUCKETS + " from commitment c"
                + " join agreement a on a.id = c.agreement_id" + (publicOnly ? " and a.is_public = true" : "")
                + " group by a.id, a.title order by 6 desc, a.id").setParameter("now", now).setMaxResults(BAR_LIMIT)
                .getResultList();
        List<Bar> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Bar((String) r[1], "/agreements/" + NativeValues.number(r[0]), NativeValues.number(r[2]), NativeValues.number(r[3]), NativeValues.number(r[4]), NativeValues.number(r[5])));
        }
        return out;
    }
}
