package org.pacta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.pacta.platform.Refusal;
import org.pacta.platform.ExpectedVersion;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.Refusals;
import org.pacta.platform.TimeRules;
import org.pacta.platform.Violations;

@ApplicationScoped
@Transactional
public class MilestoneService {

    private static final Logger LOG = Logger.getLogger(MilestoneService.class);

    @Inject
    Clock clock;

    @Inject
    CommitmentService commitments;

    @Inject
    References references;

    @Inject
    LedgerWrites writes;

    @Inject
    ChainEntries chain;

    @Inject
    Event<CommitmentChanged> changed;

    @Inject
    org.pacta.security.Access access;

    @Inject
    org.pacta.security.Audit audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Milestone get(long id) {
        Milestone m = Milestone.findById(id);
        if (m == null) {
            throw Refusal.notFound("Milestone", id);
        }
        if (!access.canSee(m.commitment.agreement.isPublic)) {
            throw Refusal.notFound("Milestone", id);
        }
        return m;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Milestone> list(long commitmentId, PageRequest page) {
        Commitment c = commitments.get(commitmentId);
        var q = Milestone.find("commitment = ?1 order by dueAt nulls last, id", c);
        return PageResult.of(q.page(page.page(), page.size()).list(), page, q.count());
    }

    public Milestone create(long commitmentId, MilestoneInput in) {
        Commitment c = commitments.get(commitmentId);
        access.requireEditFor(c.responsibleParty);
        Instant now = clock.instant();
        Violations v = Violations.forFields();
        Due due = DeadlineRules.resolveDue(in.dueAt(), in.dueDate(), in.dueZone(), in.duePrecision(), in.undated(),
                c.responsibleParty.zone(), v);
        DeadlineRules.checkStart(c.startOn, due == null ? null : due.deadline(), v);
        Instant completedAt = completion(in, null, now, v);
        String reference = references.forMilestone(c.agreement.id, null, in.reference(), v);
        v.throwIfAny();
        // Its next reminder is worked out at once, on CommitmentChanged, not left to the sweep.
        Milestone m = writes.addMilestone(c, in.title(), due, reference, completedAt, in.evidence(), false, now,
                LedgerWrites.Trail.atOnce());
        LOG.infof("Milestone %d added to commitment %d: \"%s\" (due %s)", m.id, c.id, m.title,
                m.isUndated() ? "undated" : m.dueAt);
        changed.fire(new CommitmentChanged(c.id));
        return m;
    }

    public Milestone update(long id, MilestoneInput in, ExpectedVersion expected) {
        Milestone m = get(id);
        access.requireEditFor(m.commitment.responsibleParty);
        Instant now = clock.instant();
        Violations v = Violations.forFields();
        Due due = DeadlineRules.resolveDue(in.dueAt(), in.dueDate(), in.dueZone(), in.duePrecision(), in.undated(),
                m.commitment.responsibleParty.zone(), v);
        DeadlineRules.checkStart(m.commitment.startOn, due == null ? null : due.deadline(), v);
        if (due != null && due.isUndated() && !m.isUndated()) {
            v.add("undated", Refusals::dated_cannot_become_undated);
        }
        Instant completedAt = completion(in, m.completedAt, now, v);
        String reference = references.forMilestone(m.agreementId, m.id, in.reference(), v);
        v.throwIfAny();
        ExpectedVersion.require(expected).check(m.version);
        boolean reached = m.completedAt == null && completedAt != null;
        MilestoneView before = MilestoneView.of(m, now);
        m.title = in.title().strip();
        m.setDue(due);
        m.reference = reference;
        m.completeAt(completedAt, now);
        m.evidence = CommitmentService.blankToNull(in.evidence());
        chain.milestoneUpdated(m, now);
        audit.record(org.pacta.security.Audit.UPDATE, "MILESTONE", m.id, m.commitment.id, before, MilestoneView.of(m, now));
        LOG.infof(reached ? "Milestone %d of commitment %d reached: \"%s\"" : "Milestone %d of commitment %d updated: \"%s\"",
                m.id, m.commitment.id, m.title);
        changed.fire(new CommitmentChanged(m.commitment.id));
        return m;
    }

    public void delete(long id, ExpectedVersion expected) {
        Milestone m = get(id);
        access.requireEditFor(m.commitment.responsibleParty);
        ExpectedVersion.check(expected, m.version);
        long commitmentId = m.commitment.id;
        audit.record(org.pacta.security.Audit.DELETE, "MILESTONE", m.id, commitmentId, MilestoneView.of(m, clock.instant()), null);
        chain.milestoneDeleted(m, clock.instant());
        ConfirmationStep.<ConfirmationStep>list("milestone", m).forEach(ConfirmationStep::delete);
        m.delete();
        LOG.infof("Milestone %d of commitment %d deleted: \"%s\"", id, commitmentId, m.title);
        changed.fire(new CommitmentChanged(commitmentId));
    }

    /** completedAt wins when given; "completed": true means now (or keeps an earlier moment); false reopens. */
    private static Instant completion(MilestoneInput in, Instant current, Instant now, Violations v) {
        if (in.completedAt() != null) {
            if (Boolean.FALSE.equals(in.completed())) {
                v.add("completed", Refusals::completed_conflict);
                return null;
            }
            if (in.completedAt().isAfter(now)) {
                v.add("completedAt", Refusals::milestone_in_future);
                return null;
            }
            if (!TimeRules.plausible(in.completedAt())) {
                v.add("completedAt", TimeRules.implausible());
                return null;
            }
            return in.completedAt();
        }
        if (in.completed() == null) {
            return current;
        }
        return in.completed() ? (current != null ? current : now) : null;
    }
}
