package org.pacta.report;

import static org.pacta.platform.NativeValues.instant;
import static org.pacta.platform.NativeValues.number;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pacta.commitment.Confirmation;
import org.pacta.commitment.LedgerStamp;

/**
 * What the scorecard reads of every commitment that is not cancelled, kept in memory by agreement: one pass over it
 * answers the whole ledger in milliseconds where the database needs seconds to minutes at a million commitments
 * (docs/benchmarks.md). It is brought up to the ledger stamp the reader saw by reloading the agreements that the
 * raises since noted ({@code ledger_touch}), whichever node wrote them; a node that fell further behind than the notes
 * go reloads everything. About 45 bytes a commitment.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ScorecardState {

    /** No time: an undated deadline, an item not done. */
    static final long NONE = Long.MIN_VALUE;
    private static final int CHUNK = 500;
    private static final Confirmation[] STATES = Confirmation.values();

    /** The commitments of one agreement, one array per column (an index is a commitment). */
    static final class Slice {
        final String title;
        final boolean isPublic;
        final int size;
        final long[] party;
        /** Deadline in epoch microseconds (the databases' precision), as every time here, or NONE. */
        final long[] due;
        /** Deadline minus baseline in whole days, rounded half up. */
        final int[] slippage;
        /** When the item was done as the deadline counts take it (completion, or last update), or NONE. */
        final long[] done;
        /** Whether a done item has its completion time (else it counts in no completion figure). */
        final boolean[] completed;
        final long[] created;
        /** The confirmation state's ordinal, or -1. */
        final byte[] confirmation;
        /** Times of the revisions of a date (not the first date an undated item got), or null. */
        final long[][] revised;

        Slice(String title, boolean isPublic, int size) {
            this.title = title;
            this.isPublic = isPublic;
            this.size = size;
            party = new long[size];
            due = new long[size];
            slippage = new int[size];
            done = new long[size];
            completed = new boolean[size];
            created = new long[size];
            confirmation = new byte[size];
            revised = new long[size][];
        }

        Confirmation confirmation(int i) {
            return confirmation[i] < 0 ? null : STATES[confirmation[i]];
        }
    }

    /** The ledger as it stood at {@code stamp} or later. */
    record Snapshot(long stamp, Map<Long, Slice> slices) {

        /** The titles of these agreements, as the ledger stood. */
        Map<Long, String> titles(Collection<Long> ids) {
            Map<Long, String> out = new HashMap<>();
            for (Long id : ids) {
                Slice s = slices.get(id);
                if (s != null) {
                    out.put(id, s.title);
                }
            }
            return out;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    LedgerStamp ledger;

    @ConfigProperty(name = "pacta.scorecard.preload", defaultValue = "true")
    boolean preload;

    private volatile Snapshot snapshot;

    void preload(@Observes StartupEvent event) {
        if (preload) {
            // Off the start-up thread: at a million commitments the first load takes seconds, and the node serves
            // everything else meanwhile; a scorecard asked for before it ends waits for it.
            CompletableFuture.runAsync(() -> {
                try {
                    QuarkusTransaction.requiringNew().run(() -> at(ledger.current()));
                } catch (RuntimeException e) {
                    Log.warnf("The scorecard's ledger will be loaded at its first request: %s", e.toString());
                }
            });
        }
    }

    /** The ledger as of {@code stamp} (a stamp the reader read) or later. */
    Snapshot at(long stamp) {
        Snapshot s = snapshot;
        if (s != null && s.stamp() >= stamp) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (s != null && s.stamp() >= stamp) {
                return s;
            }
            long current = ledger.current();
            Map<Long, Slice> slices;
            if (s == null || current - s.stamp() >= LedgerStamp.KEPT) {
                long t0 = System.nanoTime();
                slices = new HashMap<>();
                load(agreementIds(), slices);
                Log.infof("Scorecard ledger loaded: %d commitments of %d agreements in %d ms",
                        slices.values().stream().mapToLong(x -> x.size).sum(), slices.size(),
                        (System.nanoTime() - t0) / 1_000_000);
            } else {
                slices = new HashMap<>(s.slices());
                load(touched(s.stamp(), current), slices);
            }
            snapshot = new Snapshot(current, Map.copyOf(slices));
            return snapshot;
        }
    }

    /**
     * Feeds {@code totals} with the scope's figures as the snapshot's current columns give them: right for any
     * {@code asOf} after which nothing was recorded (the caller checks), the same sums as the database's aggregates.
     */
    static void tally(Snapshot snapshot, ScorecardQueries.Scope scope, ScorecardTotals totals) {
        long start = micros(scope.start());
        long end = micros(scope.end());
        long asOf = micros(scope.asOf());
        long[] quarters = scope.quarterStarts().stream().mapToLong(ScorecardState::micros).toArray();
        Map<Long, Slice> slices = scope.agreementId() == null ? snapshot.slices()
                : snapshot.slices().containsKey(scope.agreementId())
                        ? Map.of(scope.agreementId(), snapshot.slices().get(scope.agreementId())) : Map.of();
        Long onlyParty = scope.partyId();
        slices.forEach((agreementId, slice) -> {
            if (scope.publicOnly() && !slice.isPublic) {
                return;
            }
            ScorecardTotals.Tally agreement = null;
            long lastParty = NONE;
            ScorecardTotals.Tally party = null;
            for (int i = 0; i < slice.size; i++) {
                long p = slice.party[i];
                long created = slice.created[i];
                if (onlyParty != null && p != onlyParty || created == NONE || created > asOf) {
                    continue;
                }
                long dl = slice.due[i];
                long done = slice.done[i];
                boolean dueHere = dl != NONE && dl >= start && dl < end;
                boolean completedHere = slice.completed[i] && done >= start && done <= asOf;
                int changes = revisions(slice.revised[i], start, asOf);
                if (!dueHere && !completedHere && changes == 0) {
                    continue;
                }
                if (agreement == null) {
                    agreement = totals.agreement(agreementId);
                }
                if (p != lastParty) {
                    party = totals.party(p);
                    lastParty = p;
                }
                if (dueHere) {
                    boolean doneBy = done != NONE && done <= asOf;
                    int q = Arrays.binarySearch(quarters, dl);
                    totals.due(agreement, party, q >= 0 ? q : -q - 2, slice.slippage[i], 1,
                            doneBy && done <= dl ? 1 : 0, doneBy && done > dl ? 1 : 0, !doneBy && dl < asOf ? 1 : 0);
                }
                if (changes > 0) {
                    totals.revisions(agreement, party, changes, 1);
                }
                if (completedHere) {
                    totals.completions(agreement, party, slice.confirmation(i), 1);
                }
            }
        });
    }

    /** How many of the sorted times fall in [from, to]. */
    private static int revisions(long[] times, long from, long to) {
        if (times == null) {
            return 0;
        }
        int n = 0;
        for (long t : times) {
            if (t >= from && t <= to) {
                n++;
            }
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private List<Long> agreementIds() {
        return ((List<Object>) em.createNativeQuery("select id from agreement order by id").getResultList()).stream()
                .map(o -> number(o)).toList();
    }

    @SuppressWarnings("unchecked")
    private Set<Long> touched(long after, long upTo) {
        Set<Long> ids = new TreeSet<>();
        for (Object o : em.createNativeQuery("select distinct agreement_id from ledger_touch where stamp > :after"
                + " and stamp <= :upTo").setParameter("after", after).setParameter("upTo", upTo).getResultList()) {
            ids.add(number(o));
        }
        return ids;
    }

    /** Replaces the slices of these agreements with what the database holds now; a gone or empty one is dropped. */
    @SuppressWarnings("unchecked")
    private void load(Collection<Long> agreements, Map<Long, Slice> slices) {
        List<Long> ids = new ArrayList<>(agreements);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            chunk.forEach(slices::remove);
            Map<Long, Object[]> heads = new HashMap<>();
            for (Object[] r : (List<Object[]>) em.createNativeQuery("select id, title, is_public from agreement"
                    + " where id in (:ids)").setParameter("ids", chunk).getResultList()) {
                heads.put(number(r[0]), r);
            }
            Map<Long, long[]> revised = new HashMap<>();
            for (Object[] r : (List<Object[]>) em.createNativeQuery("select d.commitment_id, d.changed_at"
                    + " from deadline_change d join commitment c on c.id = d.commitment_id where c.agreement_id in (:ids)"
                    + " and c.status <> 'CANCELLED' and d.old_due_at is not null").setParameter("ids", chunk)
                    .getResultList()) {
                revised.merge(number(r[0]), new long[] {micros(instant(r[1]))}, ScorecardState::concat);
            }
            List<Object[]> rows = em.createNativeQuery("select c.agreement_id, c.id, c.responsible_party_id, c.due_at,"
                    + " c.baseline_due_at, c.status, c.completed_at, c.updated_at, c.created_at, c.confirmation"
                    + " from commitment c where c.agreement_id in (:ids) and c.status <> 'CANCELLED'"
                    + " order by c.agreement_id, c.id").setParameter("ids", chunk).getResultList();
            for (int from = 0; from < rows.size();) {
                long agreement = number(rows.get(from)[0]);
                int to = from;
                while (to < rows.size() && number(rows.get(to)[0]) == agreement) {
                    to++;
                }
                Object[] head = heads.get(agreement);
                if (head != null) {
                    slices.put(agreement, slice(head, rows.subList(from, to), revised));
                }
                from = to;
            }
        }
    }

    private static Slice slice(Object[] head, List<Object[]> rows, Map<Long, long[]> revised) {
        Slice s = new Slice((String) head[1], Boolean.TRUE.equals(head[2]), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            s.party[i] = number(r[2]);
            Instant due = r[3] == null ? null : instant(r[3]);
            Instant baseline = r[4] == null ? due : instant(r[4]);
            s.due[i] = due == null ? NONE : micros(due);
            s.slippage[i] = due == null ? 0 : slippage(due, baseline);
            boolean isDone = "DONE".equals(r[5]);
            Instant completed = r[6] == null ? null : instant(r[6]);
            Instant doneAt = !isDone ? null : completed != null ? completed : r[7] == null ? null : instant(r[7]);
            s.done[i] = doneAt == null ? NONE : micros(doneAt);
            s.completed[i] = isDone && completed != null;
            s.created[i] = r[8] == null ? NONE : micros(instant(r[8]));
            s.confirmation[i] = r[9] == null ? -1 : (byte) Confirmation.valueOf((String) r[9]).ordinal();
            long[] times = revised.get(number(r[1]));
            if (times != null) {
                Arrays.sort(times);
                s.revised[i] = times;
            }
        }
        return s;
    }

    static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
    }

    /** The same rounding as the database's floor(seconds / 86400 + 0.5), in exact arithmetic. */
    static int slippage(Instant due, Instant baseline) {
        long micros = micros(due) - micros(baseline);
        return (int) Math.floorDiv(micros * 2 + 86_400_000_000L, 2 * 86_400_000_000L);
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
