package org.pacta.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.Deadline;
import org.pacta.commitment.DuePrecision;
import org.pacta.commitment.LedgerCache;
import org.pacta.platform.NativeValues;

/**
 * The dashboard's figures, by aggregate queries over the due-time and party indexes: how much is overdue and due
 * soon, how often promises were kept on time, the most overdue and the next deadlines, and per party and per
 * agreement how commitments stand. Anonymous readers count public agreements only. Completions an import's source
 * reported without evidence are counted apart, never as delivered; items without a fixed date are open, never
 * overdue or due soon, and once delivered they count as on time (they had no date to miss).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Dashboard {

    static final int LIST_SIZE = 10;
    static final int BAR_LIMIT = 12;
    private static final String LINE_ROW = LineRow.class.getName();

    @Inject
    EntityManager em;

    @Inject
    LedgerCache cache;

    /** {@code doneTotal} counts evidenced completions; {@code reportedDone} those reported without evidence. */
    public record Stats(long overdue, long dueIn7, long dueIn30, long doneOnTime, long doneTotal, long reportedDone) {
        /** Percent of delivered commitments delivered by their deadline; null before anything is delivered. */
        public Long onTimeRate() {
            return doneTotal == 0 ? null : Math.round(100.0 * doneOnTime / doneTotal);
        }
    }

    /** A commitment in a list: enough to show it and link to it. */
    public record Line(long id, String title, long agreementId, String agreementTitle, String party, Instant dueAt,
            String dueZone, boolean dateOnly, String status, int percentComplete, long daysOverdue,
            java.time.LocalDate dueDate, DuePrecision precision) {
    }

    /** A commitment of a list as read, before the clock gives its days overdue. */
    record LineRow(long id, String title, long agreementId, String agreementTitle, String party, Instant dueAt,
            String dueZone, boolean dueDateOnly, CommitmentStatus status, int percentComplete, DuePrecision duePrecision) {

        Line line(Instant now) {
            Deadline d = new Deadline(dueAt, java.time.ZoneId.of(dueZone), dueDateOnly, duePrecision);
            return new Line(id, title, agreementId, agreementTitle, party, d.dueAt(), dueZone, d.dateOnly(),
                    status.toString(), percentComplete, d.daysOverdue(now), d.dateOnly() ? d.localDate() : null,
                    d.precision());
        }
    }

    /** One bar: how the commitments of a party or an agreement stand. */
    public record Bar(String label, String href, long onTime, long late, long reported, long open, long overdue) {
        public long total() {
            return onTime + late + reported + open + overdue;
        }
    }

    public record View(Stats stats, List<Line> mostOverdue, List<Line> upcoming, List<Bar> byParty, List<Bar> byAgreement,
            Confirmations confirmations) {
    }

    /** Completions the other parties dispute (the first few shown), and how many wait for their word. */
    public record Confirmations(long disputed, boolean disputedCapped, List<OverdueItem> firstDisputed, long pending,
            boolean pendingCapped) {
    }

    @Inject
    ConfirmationReport confirmationReport;

    Confirmations confirmations(Instant now) {
        var disputed = confirmationReport.page(new OverdueFilter(null, null, null, null, null,
                org.pacta.commitment.Confirmation.DISPUTED), org.pacta.platform.PageRequest.of(0, 5), now);
        var pending = confirmationReport.page(new OverdueFilter(null, null, null, null, null,
                org.pacta.commitment.Confirmation.PENDING), org.pacta.platform.PageRequest.of(0, 1), now);
        return new Confirmations(disputed.total(), disputed.totalCapped(), disputed.items(), pending.total(),
                pending.totalCapped());
    }

    /** Figures that need a pass over many rows, kept for a short while per audience (everyone, or the public). */
    private record Aggregates(Instant at, long stamp, Stats stats, List<Bar> byParty, List<Bar> byAgreement) {
    }

    /**
     * How long the counts and bars may lag behind the clock (an item falling overdue as time passes); a change to the
     * ledger on any node drops them at once (the ledger stamp). The two lists are kept by the ledger cache.
     */
    static final Duration AGGREGATES_FOR = Duration.ofSeconds(20);

    private final ConcurrentHashMap<Boolean, Aggregates> aggregates = new ConcurrentHashMap<>();

    /** One refresh at a time: with a million rows a refresh takes seconds, and every waiting reader would repeat it. */
    private final ReentrantLock refreshing = new ReentrantLock();

    public View view(Instant now, boolean publicOnly) {
        return view(now, publicOnly, cache.stamp());
    }

    /** The same under a ledger stamp the caller read first (to keep what it makes of the view under it). */
    public View view(Instant now, boolean publicOnly, long stamp) {
        Aggregates a = aggregates(now, publicOnly, stamp);
        Lines lines = cache.answer(new LinesKey(publicOnly), stamp, now, t -> {
            Lines fresh = new Lines(mostOverdue(t, publicOnly), upcoming(t, publicOnly), confirmations(t));
            return new LedgerCache.Fresh<>(fresh, LedgerCache.untilCountsMove(cache.nextDeadlineAfter(t),
                    fresh.mostOverdue().stream().map(Line::dueAt), t));
        });
        return new View(a.stats(), lines.mostOverdue(), lines.upcoming(), a.byParty(), a.byAgreement(),
                lines.confirmations());
    }

    /** The two lists, kept exactly like other lists (DESIGN decision 18): they move with the ledger and deadlines. */
    private record Lines(List<Line> mostOverdue, List<Line> upcoming, Confirmations confirmations) {
    }

    private record LinesKey(boolean publicOnly) {
    }

    /*
     * While one reader refreshes figures that are only old (the ledger has not changed since), the others show them;
     * when there are none or the ledger changed, they wait for that one refresh rather than run their own.
     */
    private Aggregates aggregates(Instant now, boolean publicOnly, long stamp) {
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
                a = tally(now, stamp, publicOnly);
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

    /** What one (agreement, party) pair holds: the buckets of the bars and of the figures. */
    private record Tally(long onTime, long late, long open, long overdue, long dueIn7, long dueIn30, long done,
            long reported) {
        static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0);

        Tally plus(Tally t) {
            return new Tally(onTime + t.onTime, late + t.late, open + t.open, overdue + t.overdue, dueIn7 + t.dueIn7,
                    dueIn30 + t.dueIn30, done + t.done, reported + t.reported);
        }
    }

    /** A row of the tally query: an (agreement, party) pair and what it holds. */
    private record TallyRow(long agreementId, long partyId, Tally tally) {
        static TallyRow from(Object[] r) {
            return new TallyRow(NativeValues.number(r[0]), NativeValues.number(r[1]), new Tally(NativeValues.number(r[2]),
                    NativeValues.number(r[3]), NativeValues.number(r[4]), NativeValues.number(r[5]),
                    NativeValues.number(r[6]), NativeValues.number(r[7]), NativeValues.number(r[8]),
                    NativeValues.number(r[9])));
        }
    }

    private record PartyName(long id, String code, String name) {
        static PartyName from(Object[] r) {
            return new PartyName(NativeValues.number(r[0]), (String) r[1], (String) r[2]);
        }
    }

    /*
     * One pass over the commitment table, grouped by (agreement, party), gives the figures and both sets of bars;
     * names are read afterwards for the few bars shown. At a million rows, separate counts and two joined GROUP BYs
     * read the table four times over (and H2 joined them row by row through an index), tens of seconds under load.
     */
    @SuppressWarnings("unchecked")
    Aggregates tally(Instant now, long stamp, boolean publicOnly) {
        String open = "c.status not in ('DONE', 'CANCELLED')";
        String delivered = "c.status = 'DONE' and c.completion_evidenced = true";
        List<Object[]> rows = em.createNativeQuery("select c.agreement_id, c.responsible_party_id,"
                + " sum(case when " + delivered + " and (c.completed_at <= c.due_at or c.due_at is null) then 1 else 0 end),"
                + " sum(case when " + delivered + " and c.completed_at > c.due_at then 1 else 0 end),"
                + " sum(case when " + open + " and (c.due_at > :now or c.due_at is null) then 1 else 0 end),"
                + " sum(case when " + open + " and c.due_at <= :now then 1 else 0 end),"
                + " sum(case when " + open + " and c.due_at > :now and c.due_at <= :in7 then 1 else 0 end),"
                + " sum(case when " + open + " and c.due_at > :now and c.due_at <= :in30 then 1 else 0 end),"
                + " sum(case when " + delivered + " then 1 else 0 end),"
                + " sum(case when c.status = 'DONE' and c.completion_evidenced = false then 1 else 0 end)"
                + " from commitment c"
                + (publicOnly ? " where c.agreement_id in (select a.id from agreement a where a.is_public = true)" : "")
                + " group by c.agreement_id, c.responsible_party_id")
                .setParameter("now", now).setParameter("in7", now.plus(Duration.ofDays(7)))
                .setParameter("in30", now.plus(Duration.ofDays(30))).getResultList();
        Map<Long, Tally> byAgreement = new HashMap<>();
        Map<Long, Tally> byParty = new HashMap<>();
        Tally all = Tally.ZERO;
        for (Object[] r : rows) {
            TallyRow row = TallyRow.from(r);
            byAgreement.merge(row.agreementId(), row.tally(), Tally::plus);
            byParty.merge(row.partyId(), row.tally(), Tally::plus);
            all = all.plus(row.tally());
        }
        Stats stats = new Stats(all.overdue(), all.dueIn7(), all.dueIn30(), all.onTime(), all.done(), all.reported());
        return new Aggregates(now, stamp, stats, partyBars(byParty), agreementBars(byAgreement));
    }

    @SuppressWarnings("unchecked")
    private List<Bar> partyBars(Map<Long, Tally> byParty) {
        if (byParty.isEmpty()) {
            return List.of();
        }
        List<Object[]> parties = em.createNativeQuery("select p.id, p.code, p.name from party p where p.id in (:ids)"
                + " order by p.code").setParameter("ids", byParty.keySet()).setMaxResults(BAR_LIMIT).getResultList();
        List<Bar> out = new ArrayList<>();
        for (Object[] r : parties) {
            PartyName p = PartyName.from(r);
            Tally t = byParty.get(p.id());
            out.add(new Bar(p.code() + " — " + p.name(), "/agreements?party=" + p.code(), t.onTime(), t.late(), t.reported(),
                    t.open(), t.overdue()));
        }
        return out;
    }

    /** The agreements with the most overdue first (then by id), as many as there are bars. */
    @SuppressWarnings("unchecked")
    private List<Bar> agreementBars(Map<Long, Tally> byAgreement) {
        List<Long> top = byAgreement.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Long, Tally> e) -> e.getValue().overdue()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(BAR_LIMIT).map(Map.Entry::getKey).toList();
        if (top.isEmpty()) {
            return List.of();
        }
        Map<Long, String> titles = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("select a.id, a.title from agreement a where a.id in (:ids)")
                .setParameter("ids", top).getResultList()).forEach(r -> titles.put(NativeValues.number(r[0]), (String) r[1]));
        List<Bar> out = new ArrayList<>();
        for (Long id : top) {
            Tally t = byAgreement.get(id);
            out.add(new Bar(titles.get(id), "/agreements/" + id, t.onTime(), t.late(), t.reported(), t.open(), t.overdue()));
        }
        return out;
    }

    List<Line> mostOverdue(Instant now, boolean publicOnly) {
        return lines(" and c.dueAt <= :now order by c.dueAt nulls last, c.id", now, publicOnly);
    }

    List<Line> upcoming(Instant now, boolean publicOnly) {
        return lines(" and c.dueAt > :now order by c.dueAt nulls last, c.id", now, publicOnly);
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
        List<LineRow> rows = em.createQuery("select new " + LINE_ROW + "(c.id, c.title, a.id, a.title, p.code, c.dueAt,"
                + " c.dueZone, c.dueDateOnly, c.status, c.percentComplete, c.duePrecision) from Commitment c join c.agreement a"
                + " join c.responsibleParty p where c.id in :ids", LineRow.class).setParameter("ids", ids).getResultList();
        Map<Long, Line> byId = new HashMap<>();
        for (LineRow r : rows) {
            byId.put(r.id(), r.line(now));
        }
        List<Line> out = new ArrayList<>();
        ids.forEach(id -> out.add(byId.get(id)));
        return out;
    }
}
