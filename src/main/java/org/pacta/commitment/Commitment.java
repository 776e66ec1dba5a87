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
import org.pacta.platform.ApiException;
import org.pacta.platform.Refusals;

/**
 * A promise in an agreement: one party is responsible, one person owns it, and it is due at a deadline.
 * Lifecycle: created PLANNED (or as stated) with its first deadline as the baseline; people move it through
 * IN_PROGRESS, AT_RISK and BLOCKED; it ends DONE (only by a progress update that carries evidence) or
 * CANCELLED. Every deadline revision is kept as a {@link DeadlineChange}. It is overdue while open and past due.
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

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "due_zone", nullable = false, length = 64)
    public String dueZone;

    @Column(name = "due_date_only", nullable = false)
    public boolean dueDateOnly;

    @Column(name = "baseline_due_at", nullable = false)
    public Instant baselineDueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CommitmentStatus status = CommitmentStatus.PLANNED;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "percent_complete", nullable = false)
    public int percentComplete;

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
        this.agreement = agreement;
        this.title = title;
        this.responsibleParty = responsibleParty;
        setDeadline(deadline);
        this.baselineDueAt = deadline.dueAt();
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Deadline deadline() {
        return new Deadline(dueAt, ZoneId.of(dueZone), dueDateOnly);
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isOverdue(Instant now) {
        return isOpen() && deadline().passedAt(now);
    }

    public long daysOverdue(Instant now) {
        return isOverdue(now) ? deadline().daysOverdue(now) : 0;
    }

    public long slippageDays() {
        return Deadline.slippageDays(baselineDueAt, dueAt);
    }

    /** Moves the deadline and keeps the change; the baseline never moves. */
    public DeadlineChange reviseDeadline(Deadline revised, String reason, String author, Instant now) {
        if (revised.dueAt().equals(dueAt) && revised.dateOnly() == dueDateOnly) {
            throw ApiException.invalidField("dueAt", Refusals::same_deadline);
        }
        DeadlineChange change = new DeadlineChange(this, deadline(), revised, reason, author, now);
        setDeadline(revised);
        this.updatedAt = now;
        return change;
    }

    /**
     * Records what someone reports. DONE needs evidence (a link to a decree, a report, a photo of the signed
     * contract): a promise is kept when it can be shown.
     */
    public ProgressUpdate recordProgress(String author, String note, CommitmentStatus newStatus, Integer percent,
            List<String> evidence, Instant now) {
        CommitmentStatus next = newStatus == null ? status : newStatus;
        if (next == CommitmentStatus.DONE && status != CommitmentStatus.DONE && (evidence == null || evidence.isEmpty())) {
            throw ApiException.invalidField("evidence", Refusals::done_evidence);
        }
        int nextPercent = percent != null ? percent : (next == CommitmentStatus.DONE ? 100 : percentComplete);
        if (next == CommitmentStatus.DONE && percent != null && percent != 100) {
            throw ApiException.invalidField("percentComplete", Refusals::done_full_send);
        }
        if (next == CommitmentStatus.DONE && status != CommitmentStatus.DONE) {
            completedAt = now;
        } else if (next != CommitmentStatus.DONE) {
            completedAt = null;
        }
        status = next;
        percentComplete = nextPercent;
        updatedAt = now;
        return new ProgressUpdate(this, author, note, next, nextPercent, evidence, now);
    }

    /** A plain edit may move between the working statuses, but never into or out of DONE. */
    public void changeStatusByEdit(CommitmentStatus requested) {
        if (requested == null || requested == status) {
            return;
        }
        if (requested == CommitmentStatus.DONE) {
            Long self = id;
            throw ApiException.invalidField("status", r -> r.done_only_by_progress(self));
        }
        if (status == CommitmentStatus.DONE) {
            throw ApiException.invalidField("status", Refusals::done_reopen);
        }
        status = requested;
    }

    private void setDeadline(Deadline deadline) {
        this.dueAt = deadline.dueAt();
        this.dueZone = deadline.zone().getId();
        this.dueDateOnly = deadline.dateOnly();
    }
}
