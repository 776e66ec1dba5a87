package org.pacta.report;

import static org.pacta.platform.NativeValues.instant;
import static org.pacta.platform.NativeValues.number;

import io.quarkus.logging.Log;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
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
import org.pacta.commitment.Confirmation;
import org.pacta.commitment.LedgerStamp;
import org.pacta.platform.PactaConfig;

/**
 * What the scorecard reads of every commitment that is not cancelled, kept in memory by agreement: its current columns
 * and its history (deadline changes, progress updates, confirmation steps), so that one pass answers for any date in
 * milliseconds where the database needed a minute and more at a million commitments (docs/benchmarks.md). It is
 * brought up to the ledger stamp the reader saw by reloading the agreements that the raises since noted
 * ({@code ledger_touch}), whichever node wrote them; a node that fell further behind than the notes go reloads
 * everything.
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
        final int[] party;
        /** Deadline in epoch microseconds (the databases' precision), as every time here, or NONE. */
        final long[] due;
        /** Baseline, or NONE (then the deadline is its own baseline). */
        final long[] baseline;
        /** Deadline minus baseline in whole days, rounded half up. */
        final int[] slippage;
        /** When the item was done as the deadline counts take it (completion, or last update), or NONE. */
        final long[] done;
        /** Whether a done item has its completion time (else it counts in no completion figure). */
        final boolean[] completed;
        final long[] created;
        /** The confirmation state's ordinal, or -1. */
        final byte[] confirmation;
        /** Its history, or null when it has none. */
        final Past[] past;

        Slice(String title, boolean isPublic, int size) {
            this.title = title;
            this.isPublic = isPublic;
            this.size = size;
            party = new int[size];
            due = new long[size];
            baseline = new long[size];
            slippage = new int[size];
            done = new long[size];
            completed = new boolean[size];
            created = new long[size];
            confirmation = new byte[size];
            past = new Past[size];
        }

        Confirmation confirmation(int i) {
            return confirmation[i] < 0 ? null : STATES[confirmation[i]];
        }

        /** Whether a deadline change or a progress update of item i was recorded after t. */
        boolean touchedAfter(int i, long t) {
            Past p = past[i];
            return p != null && (last(p.changed) > t || last(p.doneUpdates) > t || last(p.otherUpdates) > t);
        }

        /** The deadline item i had at t: the one the first change after t replaced, if there is one. */
        long dueAt(int i, long t) {
            Past p = past[i];
            if (p != null && p.changed != null) {
                for (int k = 0; k < p.changed.length; k++) {
                    if (p.changed[k] > t) {
                        return p.replaced[k];
                    }
                }
            }
            return due[i];
        }

        /**
         * When item i's progress history turned DONE for the last time by t (its earliest DONE update after the last
         * update of another status, both by t), or NONE if the last update by t is not DONE.
         */
        long doneAt(int i, long t) {
            Past p = past[i];
            if (p == null || p.doneUpdates == null) {
                return NONE;
            }
            long other = NONE;
            if (p.otherUpdates != null) {
                for (long u : p.otherUpdates) {
                    if (u <= t) {
                        other = u;
                    }
                }
            }
            for (long u : p.doneUpdates) {
                if (u >= other && u <= t) {
                    return u;
                }
            }
            return NONE;
        }

        /** The state item i's confirmation thread had reached at t, counting the steps from its completion on. */
        Confirmation confirmationAt(int i, long completion, long t) {
            Past p = past[i];
            if (p == null || p.stepTimes == null) {
                return null;
            }
            List<Confirmation.Said> said = new ArrayList<>();
            for (int k = 0; k < p.stepTimes.length; k++) {
                if (p.stepTimes[k] >= completion && p.stepTimes[k] <= t) {
                    said.add(new Confirmation.Said(p.stepParties[k], p.stepActs[k]));
                }
            }
            return said.isEmpty() ? null : Confirmation.after(said);
        }

        /** How many of item i's changes recorded in [from, to] revised a date (not the first date of an undated one). */
        int revisions(int i, long from, long to) {
            Past p = past[i];
            if (p == null || p.changed == null) {
                return 0;
            }
            int n = 0;
            for (int k = 0; k < p.changed.length; k++) {
                if (p.changed[k] >= from && p.changed[k] <= to && p.replaced[k] != NONE) {
                    n++;
                }
            }
            return n;
        }

        private static long last(long[] times) {
            return times == null ? NONE : times[times.length - 1];
        }
    }

    /**
     * One commitment's history: its deadline changes in the order recorded and the deadline each replaced (NONE:
     * undated); the times of its progress updates to DONE and to any other status, ascending; its confirmation steps
     * in the order recorded. Each null when there is none.
     */
    static final class Past {
        long[] changed;
        long[] replaced;
        long[] doneUpdates;
        long[] otherUpdates;
        long[] stepTimes;
        long[] stepParties;
        Confirmation.Act[] stepActs;
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

    @Inject
    PactaConfig config;

    private volatile Snapshot snapshot;

    void preload(@Observes StartupEvent event) {
        if (config.scorecard().preload()) {
            // Off the start-up thread: at a million commitments the first load takes seconds, and the node serves
            // everything else meanwhile; a scorecard asked for before it ends waits for it.
            // No transaction around it, as for a request: at a million commitments on a slow disk the load outlasted
            // the transaction timeout (60 s), and the reaper's abort left it hanging.
            CompletableFuture.runAsync(() -> {
                ManagedContext requests = Arc.container().requestContext();
                requests.activate();
                try {
                    at(ledger.current());
                } catch (RuntimeException e) {
                    Log.warnf("The scorecard's ledger will be loaded at its first request: %s", e.toString());
                } finally {
                    requests.terminate();
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
     * Feeds {@code totals} with the scope's figures as the ledger knew them at the scope's {@code asOf}. Without
     * {@code history} (nothing recorded after asOf) every item counts by its current columns; with it, an item that a
     * deadline change or progress update after asOf touched counts by its history, and completions (with the state of
     * their confirmation) come from the progress history and the steps recorded by asOf. The definitions are in
     * docs/design.md, "Scorecard".
     */
    static void tally(Snapshot snapshot, ScorecardQueries.Scope scope, ScorecardTotals totals, boolean history) {
        long start = micros(scope.start());
        long end = micros(scope.end());
        long asOf = micros(scope.asOf());
        long[] quarters = scope.quarterStarts().stream().mapToLong(ScorecardState::micros).toArray();
        Map<Long, Slice> slices = scope.agreementId() == null ? snapshot.slices()
                : snapshot.slices().containsKey(scope.agreementId())
                        ? Map.of(scope.agreementId(), snapshot.slices().get(scope.agreementId())) : Map.of();
        long onlyParty = scope.partyId() == null ? NONE : scope.partyId();
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
                if (onlyParty != NONE && p != onlyParty || created == NONE || created > asOf) {
                    continue;
                }
                long dl = slice.due[i];
                long done = slice.done[i];
                int slippage = slice.slippage[i];
                if (history && slice.touchedAfter(i, asOf)) {
                    dl = slice.dueAt(i, asOf);
                    done = slice.doneAt(i, asOf);
                    slippage = dl == NONE ? 0 : slippage(dl, slice.baseline[i] == NONE ? dl : slice.baseline[i]);
                }
                boolean dueHere = dl != NONE && dl >= start && dl < end;
                long completion = !history ? (slice.completed[i] ? done : NONE) : slice.doneAt(i, asOf);
                boolean completedHere = completion != NONE && completion >= start && completion <= asOf;
                int changes = slice.revisions(i, start, asOf);
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
                    totals.due(agreement, party, q >= 0 ? q : -q - 2, slippage, 1,
                            doneBy && done <= dl ? 1 : 0, doneBy && done > dl ? 1 : 0, !doneBy && dl < asOf ? 1 : 0);
                }
                if (changes > 0) {
                    totals.revisions(agreement, party, changes, 1);
                }
                if (completedHere) {
                    totals.completions(agreement, party, history ? slice.confirmationAt(i, completion, asOf)
                            : slice.confirmation(i), 1);
                }
            }
        });
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
            String of = " join commitment c on c.id = x.commitment_id where c.agreement_id in (:ids)"
                    + " and c.status <> 'CANCELLED'";
            Map<Long, List<Object[]>> changes = byCommitment(em.createNativeQuery("select x.commitment_id, x.changed_at,"
                    + " x.old_due_at from deadline_change x" + of + " order by x.commitment_id, x.changed_at, x.id")
                    .setParameter("ids", chunk).getResultList());
            Map<Long, List<Object[]>> updates = byCommitment(em.createNativeQuery("select x.commitment_id, x.recorded_at,"
                    + " x.new_status from progress_update x" + of + " order by x.commitment_id, x.recorded_at, x.id")
                    .setParameter("ids", chunk).getResultList());
            Map<Long, List<Object[]>> steps = byCommitment(em.createNativeQuery("select x.commitment_id, x.recorded_at,"
                    + " x.party_id, x.act from confirmation_step x" + of + " and x.milestone_id is null"
                    + " order by x.commitment_id, x.recorded_at, x.id").setParameter("ids", chunk).getResultList());
            History history = new History(changes, updates, steps);
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
                    slices.put(agreement, slice(head, rows.subList(from, to), history));
                }
                from = to;
            }
        }
    }

    /** The history rows of a chunk's commitments, by commitment, each list in the order recorded. */
    private record History(Map<Long, List<Object[]>> changes, Map<Long, List<Object[]>> updates,
            Map<Long, List<Object[]>> steps) {
    }

    private static Map<Long, List<Object[]>> byCommitment(List<Object[]> rows) {
        Map<Long, List<Object[]>> out = new HashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent(number(r[0]), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private static Slice slice(Object[] head, List<Object[]> rows, History history) {
        Slice s = new Slice((String) head[1], Boolean.TRUE.equals(head[2]), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            long id = number(r[1]);
            s.party[i] = Math.toIntExact(number(r[2]));
            Instant due = r[3] == null ? null : instant(r[3]);
            Instant baseline = r[4] == null ? null : instant(r[4]);
            s.due[i] = due == null ? NONE : micros(due);
            s.baseline[i] = baseline == null ? NONE : micros(baseline);
            s.slippage[i] = due == null ? 0 : slippage(s.due[i], baseline == null ? s.due[i] : s.baseline[i]);
            boolean isDone = "DONE".equals(r[5]);
            Instant completed = r[6] == null ? null : instant(r[6]);
            Instant doneAt = !isDone ? null : completed != null ? completed : r[7] == null ? null : instant(r[7]);
            s.done[i] = doneAt == null ? NONE : micros(doneAt);
            s.completed[i] = isDone && completed != null;
            s.created[i] = r[8] == null ? NONE : micros(instant(r[8]));
            s.confirmation[i] = r[9] == null ? -1 : (byte) Confirmation.valueOf((String) r[9]).ordinal();
            List<Object[]> changes = history.changes().get(id);
            List<Object[]> updates = history.updates().get(id);
            List<Object[]> steps = history.steps().get(id);
            if (changes == null && updates == null && steps == null) {
                continue;
            }
            Past p = new Past();
            if (changes != null) {
                p.changed = changes.stream().mapToLong(c -> micros(instant(c[1]))).toArray();
                p.replaced = changes.stream().mapToLong(c -> c[2] == null ? NONE : micros(instant(c[2]))).toArray();
            }
            if (updates != null) {
                long[] dones = updates.stream().filter(u -> "DONE".equals(u[2])).mapToLong(u -> micros(instant(u[1])))
                        .toArray();
                long[] others = updates.stream().filter(u -> !"DONE".equals(u[2])).mapToLong(u -> micros(instant(u[1])))
                        .toArray();
                p.doneUpdates = dones.length == 0 ? null : dones;
                p.otherUpdates = others.length == 0 ? null : others;
            }
            if (steps != null) {
                p.stepTimes = steps.stream().mapToLong(t -> micros(instant(t[1]))).toArray();
                p.stepParties = steps.stream().mapToLong(t -> number(t[2])).toArray();
                p.stepActs = steps.stream().map(t -> Confirmation.Act.valueOf((String) t[3]))
                        .toArray(Confirmation.Act[]::new);
            }
            s.past[i] = p;
        }
        return s;
    }

    static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
    }

    /** Deadline minus baseline (microseconds) in days, rounded half up: floor(seconds / 86400 + 0.5), exactly. */
    static int slippage(long due, long baseline) {
        long micros = due - baseline;
        return (int) Math.floorDiv(micros * 2 + 86_400_000_000L, 2 * 86_400_000_000L);
    }

}
