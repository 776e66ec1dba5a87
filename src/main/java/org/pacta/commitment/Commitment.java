package org.pacta.commitment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pacta.agreement.Agreement;
import org.pacta.agreement.Party;
import org.pacta.platform.Refusal;
import org.pacta.platform.Refusals;

/**
 * A promise in an agreement: one party is responsible (optionally a named body under it), one person owns it, and it
 * is due at a deadline. Lifecycle: created PLANNED (or as stated) with its first deadline as the baseline; people move
 * it through IN_PROGRESS, AT_RISK and BLOCKED; it ends DONE (by a progress update that carries evidence, or, from an
 * import whose source says so, as reported complete without evidence) or CANCELLED. Every deadline revision is kept
 * as a {@link DeadlineChange}. It is overdue while open and past due. An item its plan gave no fixed date is undated
 * (its source's words kept, no deadline, no baseline) until it is given one: that first date is its baseline.
 */
@Entity
@Table(name = "commitment")
public class Commitment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_seq")
    @SequenceGenerator(name = "commitment_seq", sequenceName = "commitment_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    public Agreement agreement;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(length = 10_000)
    public String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "responsible_party_id")
    public Party responsibleParty;

    /** The ministry or agency under the responsible party, as the plan names it ("GSA and OMB"). */
    @Column(name = "responsible_body", length = 200)
    public String responsibleBody;

    /** The body lower-cased, for the exact, case-insensitive filter; kept by {@link #assignResponsibleBody}. */
    @Column(name = "responsible_body_key", length = 200)
    String responsibleBodyKey;

    /** The plan's own numbering ("1.2", "A-3"), unique within the agreement. */
    @Column(length = 64)
    public String reference;

    @Column(name = "owner_name", length = 200)
    public String ownerName;

    @Column(name = "owner_email", length = 320)
    public String ownerEmail;

    @ElementCollection
    @CollectionTable(name = "commitment_tag", joinColumns = @JoinColumn(name = "commitment_id"))
    @Column(name = "tag", length = 40)
    public Set<String> tags = new HashSet<>();

    @Convert(converter = PriorityConverter.class)
    @Column(nullable = false)
    public Priority priority = Priority.NORMAL;

    @Column(name = "start_on")
    public LocalDate startOn;

    /** Null while the item is undated. */
    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "due_zone", nullable = false, length = 64)
    public String dueZone;

    @Column(name = "due_date_only", nullable = false)
    public boolean dueDateOnly;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_precision", nullable = false, length = 8)
    public DuePrecision duePrecision = DuePrecision.DAY;

    /** The source's words for an item without a fixed date ("90 days after guidance"); null once it has a date. */
    @Column(name = "undated_text", length = 300)
    public String undated;

    /** The first deadline; null while the item is undated. */
    @Column(name = "baseline_due_at")
    public Instant baselineDueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CommitmentStatus status = CommitmentStatus.PLANNED;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "percent_complete", nullable = false)
    public int percentComplete;

    /** False only while DONE as reported by an import's source without evidence. */
    @Column(name = "completion_evidenced", nullable = false)
    public boolean completionEvidenced = true;

    /** What the other parties say of a completion; null while not DONE or when no other party can say. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Confirmation confirmation;

    /** When the other parties were asked to confirm the completion: the start of the wait they are reminded of. */
    @Column(name = "confirmation_asked_at")
    public Instant confirmationAskedAt;

    @ManyToMany
    @JoinTable(name = "commitment_dependency", joinColumns = @JoinColumn(name = "commitment_id"),
            inverseJoinColumns = @JoinColumn(name = "depends_on_id"))
    public Set<Commitment> dependsOn = new HashSet<>();

    /**
     * When the follow-up sweep must next look at this commitment; null once nothing more is owed. Pacta's own
     * bookkeeping, so it does not count as an edit (no version change that would make someone's PUT stale).
     */
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "next_followup_at")
    public Instant nextFollowupAt;

    /** The owner's own reminders; one-click unsubscribe turns them off. */
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "owner_reminders", nullable = false)
    public boolean ownerReminders = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected Commitment() {
    }

    public Commitment(Agreement agreement, String title, Party responsibleParty, Deadline deadline, Instant now) {
        this(agreement, title, responsibleParty, Due.of(deadline), now);
    }

    /** A new commitment, dated (its deadline is the baseline) or undated (in its party's zone, without a baseline). */
    public Commitment(Agreement agreement, String title, Party responsibleParty, Due due, Instant now) {
        this.agreement = agreement;
        this.title = title;
        this.responsibleParty = responsibleParty;
        if (due.isUndated()) {
            this.undated = due.undated();
            this.dueZone = responsibleParty.zone().getId();
        } else {
            setDeadline(due.deadline());
            this.baselineDueAt = due.deadline().dueAt();
        }
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The deadline; null while the item is undated. */
    public Deadline deadline() {
        return dueAt == null ? null : new Deadline(dueAt, ZoneId.of(dueZone), dueDateOnly, duePrecision);
    }

    public boolean isUndated() {
        return dueAt == null;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /** An undated item is never overdue: there is no date it could have missed. */
    public boolean isOverdue(Instant now) {
        return isOpen() && dueAt != null && deadline().passedAt(now);
    }

    public long daysOverdue(Instant now) {
        return isOverdue(now) ? deadline().daysOverdue(now) : 0;
    }

    /** Zero while undated, and for an item whose first date is its deadline still. */
    public long slippageDays() {
        return dueAt == null || baselineDueAt == null ? 0 : Deadline.slippageDays(baselineDueAt, dueAt);
    }

    /** DONE as its source reported it, without evidence ("reported complete, no evidence"). */
    public boolean isReportedDoneOnly() {
        return status == CommitmentStatus.DONE && !completionEvidenced;
    }

    public void assignResponsibleBody(String body) {
        this.responsibleBody = body == null || body.isBlank() ? null : body.strip();
        this.responsibleBodyKey = bodyKey(body);
    }

    /** How a body is compared: stripped and lower-cased, so "GSA and OMB" finds "gsa and omb". */
    public static String bodyKey(String body) {
        return body == null || body.isBlank() ? null : body.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Moves the deadline and keeps the change; the baseline never moves. An undated item's first date is a change
     * from "no fixed date", and becomes its baseline: slippage counts from the first date it was given.
     */
    public DeadlineChange reviseDeadline(Deadline revised, String reason, String author, Instant now) {
        if (revised.sameAs(deadline())) {
            throw Refusal.invalidField("dueAt", Refusals::same_deadline);
        }
        DeadlineChange change = new DeadlineChange(this, deadline(), undated, revised, reason, author, now);
        if (dueAt == null) {
            baselineDueAt = revised.dueAt();
            undated = null;
        }
        setDeadline(revised);
        this.updatedAt = now;
        return change;
    }

    /**
     * Replaces the words of an undated item. A dated item cannot become undated: that would take a missed deadline
     * out of every overdue figure; its deadline is revised instead, with a reason.
     */
    public void rewordUndated(String words) {
        if (dueAt != null) {
            throw Refusal.invalidField("undated", Refusals::dated_cannot_become_undated);
        }
        this.undated = words;
    }

    /**
     * For imports: the source says the item is complete but shows no evidence. It becomes DONE, flagged as reported
     * complete without evidence, so it is never counted as an evidenced completion; evidence given later clears
     * the flag.
     */
    public ProgressUpdate reportCompleted(String author, String note, Instant completedAt, Instant now) {
        if (status == CommitmentStatus.DONE) {
            throw Refusal.invalidField("status", Refusals::already_done);
        }
        status = CommitmentStatus.DONE;
        percentComplete = 100;
        this.completedAt = completedAt;
        completionEvidenced = false;
        updatedAt = now;
        completionChanged(false, now);
        return new ProgressUpdate(this, author, note, CommitmentStatus.DONE, 100, List.of(),
                completedAt == null ? now : completedAt);
    }

    /**
     * Records what someone reports. DONE needs evidence (a link to a decree, a report, a photo of the signed
     * contract): a promise is kept when it can be shown.
     */
    public ProgressUpdate recordProgress(String author, String note, CommitmentStatus newStatus, Integer percent,
            List<String> evidence, Instant now) {
        CommitmentStatus next = newStatus == null ? status : newStatus;
        if (next == CommitmentStatus.DONE && status != CommitmentStatus.DONE && (evidence == null || evidence.isEmpty())) {
            throw Refusal.invalidField("evidence", Refusals::done_evidence);
        }
        int nextPercent = percent != null ? percent : (next == CommitmentStatus.DONE ? 100 : percentComplete);
        if (next == CommitmentStatus.DONE && percent != null && percent != 100) {
            throw Refusal.invalidField("percentComplete", Refusals::done_full_send);
        }
        if (next == CommitmentStatus.DONE && status != CommitmentStatus.DONE) {
            completedAt = now;
            completionEvidenced = true;
        } else if (next != CommitmentStatus.DONE) {
            completedAt = null;
            completionEvidenced = true;
        } else if (evidence != null && !evidence.isEmpty()) {
            // Evidence for a completion that was only reported: from now on it is shown.
            completionEvidenced = true;
        }
        boolean wasDone = status == CommitmentStatus.DONE;
        status = next;
        percentComplete = nextPercent;
        updatedAt = now;
        completionChanged(wasDone, now);
        return new ProgressUpdate(this, author, note, next, nextPercent, evidence, now);
    }

    /** Whether another party of the agreement than the responsible one can confirm a completion. */
    public boolean hasCounterpart() {
        return agreement.parties.stream().anyMatch(p -> !p.id.equals(responsibleParty.id));
    }

    /** A new completion asks the other parties to confirm it; a completion taken back leaves nothing to confirm. */
    private void completionChanged(boolean wasDone, Instant now) {
        if (status != CommitmentStatus.DONE) {
            confirmation = null;
            confirmationAskedAt = null;
        } else if (!wasDone && hasCounterpart()) {
            confirmation = Confirmation.PENDING;
            confirmationAskedAt = now;
        }
    }

    /** A plain edit may move between the working statuses, but never into or out of DONE. */
    public void changeStatusByEdit(CommitmentStatus requested) {
        if (requested == null || requested == status) {
            return;
        }
        if (requested == CommitmentStatus.DONE) {
            Long self = id;
            throw Refusal.invalidField("status", r -> r.done_only_by_progress(self));
        }
        if (status == CommitmentStatus.DONE) {
            throw Refusal.invalidField("status", Refusals::done_reopen);
        }
        status = requested;
    }

    private void setDeadline(Deadline deadline) {
        this.dueAt = deadline.dueAt();
        this.dueZone = deadline.zone().getId();
        this.dueDateOnly = deadline.dateOnly();
        this.duePrecision = deadline.precision();
    }
}
