package org.pacta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pacta.agreement.Agreement;
import org.pacta.agreement.Party;
import org.pacta.security.Audit;

/**
 * The ledger's writes, one way for the API and for the roadmap and plan imports: a commitment with its first
 * deadline, a deadline change, a progress update or a completion, a milestone, each stored with its audit row.
 * They check no input (beyond the rules the entities keep themselves) and run in the caller's transaction: the API
 * checks one item before it writes, an import the whole file. What differs between them is said by the caller: the
 * author, the moment a completion is dated, whether the audit rows wait for the batch ({@link Trail}) and whether new
 * items are left to the next sweep. Each write also appends its entry to the agreement's hash chain.
 */
@ApplicationScoped
public class LedgerWrites {

    @Inject
    Audit audit;

    @Inject
    ChainEntries chain;

    /**
     * Where the audit rows of writes go. The API writes each as it writes; an import keeps them until its rows are
     * flushed, when they carry their ids and final state (a commitment's row shows its completion and dependencies),
     * and then writes the new commitments' rows before the rest.
     */
    public static final class Trail {

        private final boolean kept;
        private final List<Runnable> created = new ArrayList<>();
        private final List<Runnable> rest = new ArrayList<>();

        private Trail(boolean kept) {
            this.kept = kept;
        }

        public static Trail atOnce() {
            return new Trail(false);
        }

        public static Trail kept() {
            return new Trail(true);
        }

        /** An audit row of the caller's own, kept in order with those of the writes. */
        public void add(Runnable row) {
            if (kept) {
                rest.add(row);
            } else {
                row.run();
            }
        }

        void created(Runnable row) {
            if (kept) {
                created.add(row);
            } else {
                row.run();
            }
        }

        /** Writes the rows kept so far; call once the batch is flushed. */
        public void write() {
            created.forEach(Runnable::run);
            rest.forEach(Runnable::run);
            created.clear();
            rest.clear();
        }
    }

    /**
     * A new commitment, not yet stored: dated by {@code first} (its baseline) or undated, in {@code status} (PLANNED
     * when null; DONE comes only with a completion).
     */
    public Commitment commitment(Agreement agreement, Party party, Due first, CommitmentFields fields,
            CommitmentStatus status, Instant now) {
        Commitment c = new Commitment(agreement, fields.title().strip(), party, first, now);
        fields.applyTo(c);
        c.status = status == null ? CommitmentStatus.PLANNED : status;
        return c;
    }

    /** Stores a new commitment; its audit row shows it as it stands when the row is written. */
    public void add(Commitment c, Instant now, Trail trail) {
        c.persist();
        chain.created(c, now);
        trail.created(() -> audit.record(Audit.CREATE, "COMMITMENT", c.id, c.id, null, CommitmentView.of(c, now, true)));
    }

    /**
     * Imports write every new item to be looked at by the next sweep, rather than working out its next reminder one
     * row at a time; an item without a date, or no longer open, has none.
     */
    public static void leaveToSweep(Commitment c, Instant now) {
        c.nextFollowupAt = c.isOpen() && !c.isUndated() ? now : null;
    }

    /** Moves the deadline with its reason, as a deadline change; an import's may be one the source made long ago. */
    public DeadlineChange reviseDeadline(Commitment c, Deadline revised, String reason, String author, Instant now,
            Trail trail) {
        DeadlineChange change = c.reviseDeadline(revised, reason, author, now);
        change.persist();
        chain.deadlineChanged(change, now);
        trail.add(() -> audit.record(Audit.UPDATE, "DEADLINE", c.id, c.id, CommitmentService.deadlineAudit(change, false),
                CommitmentService.deadlineAudit(change, true)));
        return change;
    }

    /** A progress update as {@link Commitment#recordProgress} rules it, recorded at {@code at}. */
    public ProgressUpdate recordProgress(Commitment c, String author, String note, CommitmentStatus status, Integer percent,
            List<String> evidence, Instant at, Trail trail) {
        return stored(c, c.recordProgress(author, note, status, percent, evidence, at), at, trail);
    }

    /**
     * A completion as a source states it: with evidence links an ordinary DONE dated {@code completedAt} (now when the
     * source gives no date), without them DONE as reported, without evidence, dated only if the source dates it.
     */
    public ProgressUpdate complete(Commitment c, String author, String note, List<String> links, Instant completedAt,
            Instant now, Trail trail) {
        ProgressUpdate update = links == null || links.isEmpty()
                ? c.reportCompleted(author, note, completedAt, now)
                : c.recordProgress(author, note, CommitmentStatus.DONE, 100, links, completedAt == null ? now : completedAt);
        c.updatedAt = now;
        if (c.confirmationAskedAt != null) {
            // A completion the source dates long ago is put to the other parties now, not as if asked back then.
            c.confirmationAskedAt = now;
        }
        return stored(c, update, now, trail);
    }

    private ProgressUpdate stored(Commitment c, ProgressUpdate update, Instant now, Trail trail) {
        update.persist();
        chain.progress(update, now);
        trail.add(() -> audit.record(Audit.CREATE, "PROGRESS", update.id, c.id, null, ProgressView.of(update)));
        return update;
    }

    /**
     * Stores a milestone of {@code c}. With {@code leaveToSweep} (imports) an open one is marked for the next sweep,
     * as {@link #leaveToSweep(Commitment, Instant)} does for commitments.
     */
    public Milestone addMilestone(Commitment c, String title, Due due, String reference, Instant completedAt,
            String evidence, boolean leaveToSweep, Instant now, Trail trail) {
        Milestone m = new Milestone(c, title.strip(), due, now);
        m.reference = CommitmentService.blankToNull(reference);
        m.completeAt(completedAt, now);
        m.evidence = CommitmentService.blankToNull(evidence);
        if (leaveToSweep) {
            m.nextFollowupAt = m.completedAt == null && c.isOpen() && !m.isUndated() ? now : null;
        }
        m.persist();
        chain.milestoneAdded(m, now);
        trail.add(() -> audit.record(Audit.CREATE, "MILESTONE", m.id, c.id, null, MilestoneView.of(m, now)));
        return m;
    }
}
