package org.pacta.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pacta.agreement.Agreement;
import org.pacta.agreement.AgreementChanged;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.CommitmentChanged;
import org.pacta.commitment.CommitmentService;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.CommitmentView;
import org.pacta.commitment.DeadlineChange;
import org.pacta.commitment.Due;
import org.pacta.commitment.Milestone;
import org.pacta.commitment.MilestoneView;
import org.pacta.commitment.ProgressUpdate;
import org.pacta.commitment.ProgressView;
import org.pacta.security.Audit;

/**
 * Writes what {@link PlanDiff} planned, with the domain's own operations (a revised deadline is a deadline change
 * with its reason, a completion a progress update), each recorded in the audit trail. Runs inside the import's
 * transaction, after every check has passed.
 */
@ApplicationScoped
class PlanRecorder {

    static final String DONE_NOTE = "Recorded as done in the imported plan.";
    static final String REPORTED_NOTE = "Reported complete in the imported plan, without evidence.";

    @Inject
    EntityManager em;

    @Inject
    Audit audit;

    @Inject
    org.pacta.security.Access access;

    @Inject
    Event<CommitmentChanged> commitmentChanged;

    @Inject
    Event<AgreementChanged> agreementChanged;

    void apply(Agreement agreement, List<PlanDiff.Planned> planned, Instant now) {
        String author = access.user().isSystem() ? "import" : access.user().author();
        List<Runnable> audited = new ArrayList<>();
        Set<Long> changed = new LinkedHashSet<>();
        for (PlanDiff.Planned p : planned) {
            if (p.action == null || p.row.isMilestone()) {
                continue;
            }
            if (p.commitment == null) {
                create(agreement, p, author, now, audited);
            } else {
                update(p, author, now, audited);
                changed.add(p.commitment.id);
            }
        }
        for (PlanDiff.Planned p : planned) {
            if (p.action == null || !p.row.isMilestone()) {
                continue;
            }
            Commitment c = p.parent != null ? p.parent.commitment : p.row.underExisting;
            if (p.milestone == null) {
                createMilestone(c, p, now, audited);
            } else {
                updateMilestone(p, now, audited);
            }
            if (p.parent == null || p.parent.action != PlanImportResult.CREATE) {
                changed.add(c.id);
            }
        }
        em.flush();
        audited.forEach(Runnable::run);
        // What the follow-up schedule does for an existing commitment (stale reminders cancelled, the next moment
        // computed) takes a few queries each, and every query flushes the session first: with the thousands of rows
        // just written still in it, a 10,000-row plan spent minutes in dirty checks. Everything is written by now.
        // Commitments created here need none of it: they are marked for the next sweep like every new item.
        em.flush();
        em.clear();
        changed.forEach(id -> commitmentChanged.fire(new CommitmentChanged(id)));
        agreementChanged.fire(new AgreementChanged(agreement.id));
    }

    private void create(Agreement agreement, PlanDiff.Planned p, String author, Instant now, List<Runnable> audited) {
        PlanRow row = p.row;
        Due first = p.first != null ? Due.of(p.first) : p.due;
        Commitment c = new Commitment(agreement, row.title, p.party, first, now);
        c.description = row.description;
        c.ownerName = row.ownerName;
        c.ownerEmail = row.ownerEmail;
        if (row.tags != null) {
            c.tags.addAll(CommitmentService.normalizeTags(row.tags));
        }
        c.priority = PlanDiff.priority(row);
        c.startOn = row.startOn;
        c.assignResponsibleBody(row.body);
        c.reference = row.reference;
        c.persist();
        p.commitment = c;
        if (p.first != null) {
            DeadlineChange change = c.reviseDeadline(p.due.deadline(), p.reason, author, now);
            change.persist();
            audited.add(() -> audit.record(Audit.UPDATE, "DEADLINE", c.id, c.id, CommitmentService.deadlineAudit(change, false),
                    CommitmentService.deadlineAudit(change, true)));
        }
        if (row.status == CommitmentStatus.DONE) {
            complete(c, p, author, now, audited);
        } else {
            c.status = row.status == null ? CommitmentStatus.PLANNED : row.status;
            if (row.progressNote != null) {
                progress(c, c.recordProgress(author, row.progressNote, null, null, null, now), audited);
            }
        }
        c.nextFollowupAt = c.isOpen() && !c.isUndated() ? now : null;
        audited.add(0, () -> audit.record(Audit.CREATE, "COMMITMENT", c.id, c.id, null, CommitmentView.of(c, now, true)));
    }

    private void update(PlanDiff.Planned p, String author, Instant now, List<Runnable> audited) {
        Commitment c = p.commitment;
        PlanRow row = p.row;
        CommitmentView before = CommitmentView.of(c, now, true);
        for (String field : p.changes) {
            switch (field) {
                case "title" -> c.title = row.title;
                case "reference" -> c.reference = row.reference;
                case "description" -> c.description = row.description;
                case "responsibleParty" -> c.responsibleParty = p.party;
                case "responsibleBody" -> c.assignResponsibleBody(row.body);
                case "ownerName" -> c.ownerName = row.ownerName;
                case "ownerEmail" -> c.ownerEmail = row.ownerEmail;
                case "priority" -> c.priority = row.priority;
                case "tags" -> {
                    c.tags.clear();
                    c.tags.addAll(CommitmentService.normalizeTags(row.tags));
                }
                case "startOn" -> c.startOn = row.startOn;
                case "undated" -> c.rewordUndated(p.due.undated());
                case "dueDate" -> {
                    DeadlineChange change = c.reviseDeadline(p.due.deadline(), p.reason, author, now);
                    change.persist();
                    audited.add(() -> audit.record(Audit.UPDATE, "DEADLINE", c.id, c.id,
                            CommitmentService.deadlineAudit(change, false), CommitmentService.deadlineAudit(change, true)));
                }
                case "status" -> {
                    if (row.status == CommitmentStatus.DONE) {
                        complete(c, p, author, now, audited);
                    } else {
                        progress(c, c.recordProgress(author, row.progressNote, row.status, null, null, now), audited);
                    }
                }
                case "evidence" -> progress(c, c.recordProgress(author, row.progressNote, null, null, row.links, now), audited);
                case "progressNote" -> progress(c, c.recordProgress(author, row.progressNote, null, null, null, now), audited);
                default -> throw new IllegalStateException("No update for " + field);
            }
        }
        c.updatedAt = now;
        if (c.isOpen() && !c.isUndated()) {
            c.nextFollowupAt = now;
        }
        audited.add(() -> audit.record(Audit.UPDATE, "COMMITMENT", c.id, c.id, before, CommitmentView.of(c, now, true)));
    }

    /** DONE as the file says: with evidence links an ordinary completion, without them reported complete, no evidence. */
    private void complete(Commitment c, PlanDiff.Planned p, String author, Instant now, List<Runnable> audited) {
        PlanRow row = p.row;
        String note = row.progressNote;
        if (row.evidenceText != null) {
            note = note == null ? row.evidenceText : note + "\n\n" + row.evidenceText;
        }
        ProgressUpdate done = row.links.isEmpty()
                ? c.reportCompleted(author, note == null ? REPORTED_NOTE : note, p.completedAt, now)
                : c.recordProgress(author, note == null ? DONE_NOTE : note, CommitmentStatus.DONE, 100, row.links,
                        p.completedAt == null ? now : p.completedAt);
        progress(c, done, audited);
    }

    private void progress(Commitment c, ProgressUpdate update, List<Runnable> audited) {
        update.persist();
        audited.add(() -> audit.record(Audit.CREATE, "PROGRESS", update.id, c.id, null, ProgressView.of(update)));
    }

    private void createMilestone(Commitment c, PlanDiff.Planned p, Instant now, List<Runnable> audited) {
        PlanRow row = p.row;
        Milestone m = new Milestone(c, row.title, p.due, now);
        m.reference = row.reference;
        m.completedAt = p.completedAt;
        m.evidence = PlanDiff.milestoneEvidence(row);
        m.nextFollowupAt = m.completedAt == null && c.isOpen() && !m.isUndated() ? now : null;
        m.persist();
        p.milestone = m;
        audited.add(() -> audit.record(Audit.CREATE, "MILESTONE", m.id, c.id, null, MilestoneView.of(m, now)));
    }

    private void updateMilestone(PlanDiff.Planned p, Instant now, List<Runnable> audited) {
        Milestone m = p.milestone;
        PlanRow row = p.row;
        MilestoneView before = MilestoneView.of(m, now);
        for (String field : p.changes) {
            switch (field) {
                case "title" -> m.title = row.title;
                case "reference" -> m.reference = row.reference;
                case "undated", "dueDate" -> m.setDue(p.due);
                case "completedOn" -> m.completedAt = p.completedAt;
                case "evidence" -> m.evidence = PlanDiff.milestoneEvidence(row);
                default -> throw new IllegalStateException("No milestone update for " + field);
            }
        }
        m.nextFollowupAt = m.completedAt == null && m.commitment.isOpen() && !m.isUndated() ? now : null;
        audited.add(() -> audit.record(Audit.UPDATE, "MILESTONE", m.id, m.commitment.id, before, MilestoneView.of(m, now)));
    }
}
