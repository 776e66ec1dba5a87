package org.pacta.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.pacta.commitment.LedgerCache;

/**
 * How the parties kept their commitments over a period, as the ledger knew it at the period's end ({@code asOf}: the
 * end of {@code to}, or now when that is still to come). The definitions of the figures are in docs/design.md,
 * "Scorecard".
 */
public record Scorecard(LocalDate from, LocalDate to, Instant asOf, Figures total, List<Line> parties,
        List<Line> agreements, List<Quarter> trend) implements LedgerCache.Weighed {

    /** Kept answers are weighed in ordinary answers: about fifty lines make one. */
    @Override
    public int weight() {
        return 1 + (parties.size() + agreements.size()) / 50;
    }

    /** The figures of one party, one agreement, or the whole selection. */
    public record Figures(long due, long onTime, long late, long overdue, long notYetDue, Double onTimeRate,
            Double medianSlippageDays, Double meanSlippageDays, long revisions, long rebaselined, long completions,
            long confirmed, long disputed, long unconfirmed) {
    }

    /** A party (its code and name) or an agreement (its title; no code) with its figures. */
    public record Line(long id, String code, String name, Figures figures) {
    }

    /** The core counts of the commitments due in one calendar quarter (UTC) of the period. */
    public record Quarter(String label, LocalDate start, long due, long onTime, long late, long overdue, long notYetDue,
            Double onTimeRate) {
    }

    /** On time over everything whose deadline has come: null when nothing has. */
    static Double rate(long onTime, long late, long overdue) {
        long counted = onTime + late + overdue;
        return counted == 0 ? null : Math.round(onTime * 10_000.0 / counted) / 10_000.0;
    }
}
