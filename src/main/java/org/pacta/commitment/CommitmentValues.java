package org.pacta.commitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pacta.agreement.AgreementView;
import org.pacta.platform.PageRequest;
import org.pacta.security.Access;

/**
 * Commitments and milestones as the pages show them: values read through {@link CommitmentService} and
 * {@link MilestoneService}, with the same access checks, so that no page holds an entity.
 */
@ApplicationScoped
public class CommitmentValues {

    private static final PageRequest ALL = new PageRequest(0, 500);

    @Inject
    CommitmentService commitments;

    @Inject
    MilestoneService milestones;

    @Inject
    Access access;

    /** One commitment with all that hangs off it; {@code editable} for an admin or an official of its party. */
    public record Detail(CommitmentView commitment, List<MilestoneView> milestones, List<ProgressView> updates,
            List<DeadlineChangeView> changes, String partyZone, boolean editable) {
    }

    /** A commitment of an agreement's timeline, where it starts and ends, with its dated milestones. */
    public record Bar(long id, String title, Instant start, Instant dueAt, Instant baselineDueAt, boolean overdue,
            boolean done, List<Instant> milestones) {
    }

    /** An agreement's first commitments by deadline, and the bars of the dated ones among them. */
    public record Timeline(List<CommitmentView> commitments, List<Bar> bars) {
    }

    /** What the edit form starts from: the commitment's own values (its owner included) and its agreement. */
    public record Editing(long id, long version, AgreementView agreement, String title, String description,
            String responsibleParty, String ownerName, String ownerEmail, List<String> tags, Priority priority,
            LocalDate startOn, LocalDate dueDate, DuePrecision duePrecision, String undated, String responsibleBody,
            String reference, CommitmentStatus status, List<String> dependsOn) {
    }

    /** Marking a milestone reached: its input with everything else unchanged, and where it belongs. */
    public record Reaching(long id, long commitmentId, long version, MilestoneInput input) {
    }

    public Detail detail(long id, Instant now) {
        Commitment c = commitments.get(id);
        List<MilestoneView> ms = milestones.list(id, ALL).items().stream().map(m -> MilestoneView.of(m, now)).toList();
        List<ProgressView> updates = commitments.updates(id, ALL).items().stream().map(ProgressView::of).toList();
        List<DeadlineChangeView> changes = commitments.deadlineChanges(id, ALL).items().stream().map(DeadlineChangeView::of)
                .toList();
        return new Detail(CommitmentView.of(c, now, access.showsOwners()), ms, updates, changes, c.responsibleParty.timeZone,
                access.mayEditFor(c.responsibleParty.id));
    }

    /** Two queries whatever the number of rows: the commitments, then the dated milestones of all of them. */
    public Timeline timeline(long agreementId, int rows, Instant now) {
        List<Commitment> items = commitments.list(CommitmentFilter.none().withAgreement(agreementId), "dueAt",
                new PageRequest(0, rows)).items();
        boolean withOwner = access.showsOwners();
        List<CommitmentView> views = items.stream().map(c -> CommitmentView.of(c, now, withOwner)).toList();
        Map<Long, List<Instant>> dated = new HashMap<>();
        if (!items.isEmpty()) {
            Milestone.<Milestone>find("commitment.id in ?1 and dueAt is not null", items.stream().map(c -> c.id).toList())
                    .list().forEach(m -> dated.computeIfAbsent(m.commitment.id, k -> new ArrayList<>()).add(m.dueAt));
        }
        List<Bar> bars = new ArrayList<>();
        for (Commitment c : items) {
            if (c.isUndated()) {
                continue; // no date to draw; the table lists it with its words
            }
            Instant start = c.startOn != null ? c.startOn.atStartOfDay(c.responsibleParty.zone()).toInstant()
                    : c.createdAt.isBefore(c.dueAt) ? c.createdAt : c.dueAt.minusSeconds(86_400);
            bars.add(new Bar(c.id, c.title, start, c.dueAt, c.baselineDueAt, c.isOverdue(now),
                    c.status == CommitmentStatus.DONE, dated.getOrDefault(c.id, List.of())));
        }
        return new Timeline(views, bars);
    }

    /** Refused unless the reader may edit the commitment (an admin, or an official of its responsible party). */
    public Editing editing(long id) {
        Commitment c = commitments.get(id);
        access.requireEditFor(c.responsibleParty);
        return new Editing(c.id, c.version, AgreementView.of(c.agreement), c.title, c.description, c.responsibleParty.code,
                c.ownerName, c.ownerEmail, c.tags.stream().sorted().toList(), c.priority, c.startOn,
                c.isUndated() ? null : c.deadline().localDate(), c.duePrecision, c.undated, c.responsibleBody, c.reference,
                c.status, c.dependsOn.stream().map(d -> d.id.toString()).sorted().toList());
    }

    /** The agreement of a commitment the reader may see. */
    public AgreementView agreementOf(long commitmentId) {
        return AgreementView.of(commitments.get(commitmentId).agreement);
    }

    /** {@link CommitmentService#create}, answered with the new commitment's id. */
    public long create(long agreementId, CommitmentInput in) {
        return commitments.create(agreementId, in).id;
    }

    public Reaching reaching(long milestoneId, String evidence) {
        Milestone m = milestones.get(milestoneId);
        boolean dated = !m.isUndated();
        MilestoneInput in = new MilestoneInput(m.title, dated && !m.dueDateOnly ? m.dueAt : null,
                dated && m.dueDateOnly ? m.deadline().localDate() : null, dated ? m.dueZone : null, true, null,
                evidence, m.version, m.reference, dated ? m.duePrecision : null, m.undated);
        return new Reaching(m.id, m.commitment.id, m.version, in);
    }
}
