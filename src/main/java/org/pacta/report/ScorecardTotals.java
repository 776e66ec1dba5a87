package org.pacta.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.pacta.commitment.Confirmation;

/**
 * The sums a scorecard is made of: the whole selection, each party, each agreement, each quarter. Fed by the
 * database's aggregates ({@link ScorecardQueries}, for a date whose history was rewritten since) or by one pass over
 * the ledger in memory ({@link ScorecardState}); both feed the same sums, so both give the same figures.
 */
final class ScorecardTotals {

    final Tally total = new Tally(false);
    final Map<Long, Tally> byParty = new HashMap<>();
    final Map<Long, Tally> byAgreement = new HashMap<>();
    /** Per quarter: due, on time, late, overdue. */
    final long[][] trend;

    ScorecardTotals(int quarters) {
        trend = new long[quarters][4];
    }

    Tally party(long id) {
        return byParty.computeIfAbsent(id, k -> new Tally(false));
    }

    Tally agreement(long id) {
        return byAgreement.computeIfAbsent(id, k -> new Tally(true));
    }

    /** {@code due} commitments of one agreement and party, due in one quarter, slipped by {@code slippage} days. */
    void due(Tally agreement, Tally party, int quarter, long slippage, long due, long onTime, long late, long overdue) {
        total.add(slippage, due, onTime, late, overdue);
        party.add(slippage, due, onTime, late, overdue);
        agreement.add(slippage, due, onTime, late, overdue);
        long[] t = trend[quarter];
        t[0] += due;
        t[1] += onTime;
        t[2] += late;
        t[3] += overdue;
    }

    /** Deadline changes of one agreement and party, and how many commitments they moved. */
    void revisions(Tally agreement, Tally party, long changes, long items) {
        total.revise(changes, items);
        party.revise(changes, items);
        agreement.revise(changes, items);
    }

    /** Completions of one agreement and party in one confirmation state. */
    void completions(Tally agreement, Tally party, Confirmation state, long n) {
        total.complete(state, n);
        party.complete(state, n);
        agreement.complete(state, n);
    }

    /**
     * Sums of one line, with the slippage of each due item for median and mean: as a histogram (days → items) for a
     * party or the whole selection, which count up to a million items over a few hundred distinct values; as a plain
     * list for an agreement, which counts a few hundred at most (ten thousand histograms cost more memory than the
     * rest of a whole-ledger answer).
     */
    static final class Tally {
        long due;
        long onTime;
        long late;
        long overdue;
        long revisions;
        long rebaselined;
        long confirmed;
        long disputed;
        long unconfirmed;
        private final Histogram histogram;
        private int[] days;

        Tally(boolean few) {
            histogram = few ? null : new Histogram();
            days = few ? new int[4] : null;
        }

        void add(long slippage, long n, long onTime, long late, long overdue) {
            if (histogram != null) {
                histogram.add(slippage, n);
            } else {
                for (long i = 0; i < n; i++) {
                    if (due + i == days.length) {
                        days = Arrays.copyOf(days, days.length * 2);
                    }
                    days[(int) (due + i)] = (int) slippage;
                }
            }
            due += n;
            this.onTime += onTime;
            this.late += late;
            this.overdue += overdue;
        }

        void revise(long changes, long items) {
            revisions += changes;
            rebaselined += items;
        }

        void complete(Confirmation state, long n) {
            if (state == Confirmation.CONFIRMED) {
                confirmed += n;
            } else if (state == Confirmation.DISPUTED) {
                disputed += n;
            } else {
                unconfirmed += n;
            }
        }

        Scorecard.Figures figures() {
            Double median = null;
            Double mean = null;
            if (due > 0) {
                long[][] sorted = histogram != null ? histogram.sorted() : sortedDays();
                long sum = 0;
                for (int i = 0; i < sorted[0].length; i++) {
                    sum += sorted[0][i] * sorted[1][i];
                }
                mean = Math.round(sum * 100.0 / due) / 100.0;
                median = (nth(sorted, (due - 1) / 2) + nth(sorted, due / 2)) / 2.0;
            }
            return new Scorecard.Figures(due, onTime, late, overdue, due - onTime - late - overdue,
                    Scorecard.rate(onTime, late, overdue), median, mean, revisions, rebaselined,
                    confirmed + disputed + unconfirmed, confirmed, disputed, unconfirmed);
        }

        /** The listed days in ascending order, each with a count of one. */
        private long[][] sortedDays() {
            int[] d = Arrays.copyOf(days, (int) due);
            Arrays.sort(d);
            long[] keys = new long[d.length];
            long[] ones = new long[d.length];
            for (int i = 0; i < d.length; i++) {
                keys[i] = d[i];
                ones[i] = 1;
            }
            return new long[][] {keys, ones};
        }

        /** The slippage of the n-th item (from 0) in slippage order. */
        private static long nth(long[][] sorted, long n) {
            long seen = 0;
            for (int i = 0; i < sorted[0].length; i++) {
                seen += sorted[1][i];
                if (n < seen) {
                    return sorted[0][i];
                }
            }
            return 0;
        }
    }

    /**
     * Counts by a long key with open addressing: a million adds into a boxed map took a large part of a whole-ledger
     * scorecard's time, and most histograms hold a handful of keys.
     */
    static final class Histogram {
        private long[] keys = new long[8];
        private long[] counts = new long[8];
        private boolean[] used = new boolean[8];
        private int size;

        void add(long key, long n) {
            int mask = keys.length - 1;
            int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
            while (used[i] && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (!used[i]) {
                used[i] = true;
                keys[i] = key;
                if (++size * 2 > keys.length) {
                    counts[i] = n;
                    grow();
                    return;
                }
            }
            counts[i] += n;
        }

        private void grow() {
            long[] oldKeys = keys;
            long[] oldCounts = counts;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            counts = new long[keys.length];
            used = new boolean[keys.length];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    add(oldKeys[i], oldCounts[i]);
                }
            }
        }

        /** Keys in ascending order and their counts. */
        long[][] sorted() {
            long[] k = new long[size];
            int j = 0;
            for (int i = 0; i < keys.length; i++) {
                if (used[i]) {
                    k[j++] = keys[i];
                }
            }
            Arrays.sort(k);
            long[] c = new long[size];
            for (int i = 0; i < size; i++) {
                c[i] = count(k[i]);
            }
            return new long[][] {k, c};
        }

        private long count(long key) {
            int mask = keys.length - 1;
            int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
            while (keys[i] != key || !used[i]) {
                i = (i + 1) & mask;
            }
            return counts[i];
        }
    }
}
