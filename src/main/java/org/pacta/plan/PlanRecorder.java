package org.pacta.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pacta.agreement.Agreement;
import org.pacta.agreement.AgreementChanged;
import org.pacta.commitment.ChainEntries;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.CommitmentChanged;
import org.pacta.commitment.CommitmentFields;
import org.pacta.commitment.CommitmentService;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.CommitmentView;
import org.pacta.commitment.Due;
import org.pacta.commitment.LedgerWrites;
import org.pacta.commitment.Milestone;
import org.pacta.commitment.MilestoneView;
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
    /** Changes written as a deadline change or a progress update, which add their own chain entries. */
    private static final Set<String> WRITTEN_WITH_ENTRY = Set.of("dueDate", "status", "evidence", "progressNote");

    @Inject
    EntityManager em;

    @Inject
    Audit audit;

    @Inject
    LedgerWrites writes;

    @Inject
    ChainEntries chain;

    @Inject
    org.pacta.security.Access access;

    @Inject
    Event<CommitmentChanged> commitmentChanged;

    @Inject
    Event<AgreementChanged> agreementChanged;

    void apply(Agreement agreement, List<PlanDiff.Planned> planned, Instant now) {
        String author = access.user().isSystem() ? "import" : access.user().author();
        LedgerWrites.Trail audited = LedgerWrites.Trail.kept();
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
        audited.write();
        // What the follow-up schedule does for an existing commitment (stale reminders cancelled, the next moment
        // computed) takes a few queries each, and every query flushes the session first: with the thousands of rows
        // just written still in it, a 10,000-row plan spent minutes in dirty checks. Everything is written by now.
        // Commitments created here need none of it: they are marked for the next sweep like every new item.
        em.flush();
        em.clear();
        changed.forEach(id -> commitmentChanged.fire(new CommitmentChanged(id)));
        agreementChanged.fire(new AgreementChanged(agreement.id));
    }

    private void create(Agreement agreement, PlanDiff.Planned p, String author, Instant now, LedgerWrites.Trail audited) {
        PlanRow row = p.row;
        boolean done = row.status == CommitmentStatus.DONE;
        Commitment c = writes.commitment(agreement, p.party, p.first != null ? Due.of(p.first) : p.due,
                new CommitmentFields(row.title, row.description, row.ownerName, row.ownerEmail, row.tags,
                        PlanDiff.priority(row), row.startOn, row.body, row.reference),
                done ? null : row.status, now);
        writes.add(c, now, audited);
        p.commitment = c;
        if (p.first != null) {
            writes.reviseDeadline(c, p.due.deadline(), p.reason, author, now, audited);
        }
        if (done) {
            complete(c, p, author, now, audited);
        } else if (row.progressNote != null) {
            writes.recordProgress(c, author, row.progressNote, null, null, null, now, audited);
        }
        LedgerWrites.leaveToSweep(c, now);
    }

    private void update(PlanDiff.Planned p, String author, Instant now, LedgerWrites.Trail audited) {
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
                case "dueDate" -> writes.reviseDeadline(c, p.due.deadline(), p.reason, author, now, audited);
                case "status" -> {
                    if (row.status == CommitmentStatus.DONE) {
                        complete(c, p, author, now, audited);
                    } else {
                        writes.recordProgress(c, author, row.progressNote, row.status, null, null, now, audited);
                    }
                }
                case "evidence" -> writes.recordProgress(c, author, row.progressNote, null, null, row.links, now, audited);
                case "progressNote" -> writes.recordProgress(c, author, row.progressNote, null, null, null, now, audited);
                default -> throw new IllegalStateException("No update for " + field);
            }
        }
        c.updatedAt = now;
        if (c.isOpen() && !c.isUndated()) {
            c.nextFollowupAt = now;
        }
        if (p.changes.stream().anyMatch(field -> !WRITTEN_WITH_ENTRY.contains(field))) {
            chain.updated(c, now);
        }
        audited.add(() -> audit.record(Audit.UPDATE, "COMMITMENT", c.id, c.id, before, CommitmentView.of(c, now, true)));
    }

    /** DONE as the file says: with evidence links an ordinary completion, without them reported complete, no evidence. */
    private void complete(Commitment c, PlanDiff.Planned p, String author, Instant now, LedgerWrites.Trail audited) {
        PlanRow row = p.row;
        String note = row.progressNote;
        if (row.evidenceText != null) {
            note = note == null ? row.evidenceText : note + "\n\n" + row.evidenceText;
        }
        String shown = note != null ? note : row.links.isEmpty() ? REPORTED_NOTE : DONE_NOTE;
        writes.complete(c, author, shown, row.links, p.completedAt, now, audited);
    }

    private void createMilestone(Commitment c, PlanDiff.Planned p, Instant now, LedgerWrites.Trail audited) {
        PlanRow row = p.row;
        p.milestone = writes.addMilestone(c, row.title, p.due, row.reference, p.completedAt,
                PlanDiff.milestoneEvidence(row), true, now, audited);
    }

    private void updateMilestone(PlanDiff.Planned p, Instant now, LedgerWrites.Trail audited) {
        Milestone m = p.milestone;
        PlanRow row = p.row;
        MilestoneView before = MilestoneView.of(m, now);
        for (String field : p.changes) {
            switch (field) {
                case "title" -> m.title = row.title;
                case "reference" -> m.reference = row.reference;
                case "undated", "dueDate" -> m.setDue(p.due);
                case "completedOn" -> m.completeAt(p.completedAt, now);
                case "evidence" -> m.evidence = PlanDiff.milestoneEvidence(row);
                default -> throw new IllegalStateException("No milestone update for " + field);
            }
        }
        m.nextFollowupAt = m.completedAt == null && m.commitment.isOpen() && !m.isUndated() ? now : null;
        chain.milestoneUpdated(m, now);
        audited.add(() -> audit.record(Audit.UPDATE, "MILESTONE", m.id, m.commitment.id, before, MilestoneView.of(m, now)));
    }
}
