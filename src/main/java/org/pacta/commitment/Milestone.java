package org.pacta.commitment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A checkpoint on the way to a commitment's deadline. Open until completed (with optional evidence); overdue
 * while open, past due, and its commitment still open. Like a commitment it may be undated (the source's words
 * kept, never overdue) until it is given a date, and it may carry the plan's own numbering, unique in the agreement.
 */
@Entity
@Table(name = "milestone")
public class Milestone extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "milestone_seq")
    @SequenceGenerator(name = "milestone_seq", sequenceName = "milestone_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id")
    public Commitment commitment;

    /** The commitment's agreement, kept on the row so that a reference is unique within the agreement. */
    @Column(name = "agreement_id", nullable = false)
    public Long agreementId;

    @Column(nullable = false, length = 300)
    public String title;

    /** The plan's own numbering ("1.2.a"), unique among the agreement's milestones. */
    @Column(length = 64)
    public String reference;

    /** Null while the milestone is undated. */
    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "due_zone", nullable = false, length = 64)
    public String dueZone;

    @Column(name = "due_date_only", nullable = false)
    public boolean dueDateOnly;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "due_precision", nullable = false, length = 8)
    public DuePrecision duePrecision = DuePrecision.DAY;

    /** The source's words for a milestone without a fixed date; null once it has a date. */
    @Column(name = "undated_text", length = 300)
    public String undated;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(length = 2000)
    public String evidence;

    /** What the other parties say of its completion; null while open or when no other party can say. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(length = 16)
    public Confirmation confirmation;

    @Column(name = "confirmation_asked_at")
    public Instant confirmationAskedAt;

    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "next_followup_at")
    public Instant nextFollowupAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected Milestone() {
    }

    public Milestone(Commitment commitment, String title, Deadline deadline, Instant now) {
        this(commitment, title, Due.of(deadline), now);
    }

    public Milestone(Commitment commitment, String title, Due due, Instant now) {
        this.commitment = commitment;
        this.agreementId = commitment.agreement.id;
        this.title = title;
        setDue(due);
        this.createdAt = now;
    }

    /** The deadline; null while the milestone is undated. */
    public Deadline deadline() {
        return dueAt == null ? null : new Deadline(dueAt, ZoneId.of(dueZone), dueDateOnly, duePrecision);
    }

    public boolean isUndated() {
        return dueAt == null;
    }

    /** A dated milestone stays dated: its deadline moves, it does not disappear from the overdue figures. */
    public void setDue(Due due) {
        if (due.isUndated()) {
            if (dueAt != null) {
                throw org.pacta.platform.Refusal.invalidField("undated",
                        org.pacta.platform.Refusals::dated_cannot_become_undated);
            }
            this.undated = due.undated();
            this.dueZone = commitment.responsibleParty.zone().getId();
            return;
        }
        Deadline deadline = due.deadline();
        this.dueAt = deadline.dueAt();
        this.dueZone = deadline.zone().getId();
        this.dueDateOnly = deadline.dateOnly();
        this.duePrecision = deadline.precision();
        this.undated = null;
    }

    /**
     * Completes the milestone at {@code completedAt} (null reopens it). A new completion asks the other parties of the
     * agreement to confirm it, from {@code now}.
     */
    public void completeAt(Instant completedAt, Instant now) {
        boolean was = this.completedAt != null;
        this.completedAt = completedAt;
        if (completedAt == null) {
            confirmation = null;
            confirmationAskedAt = null;
        } else if (!was && commitment.hasCounterpart()) {
            confirmation = Confirmation.PENDING;
            confirmationAskedAt = now;
        }
    }

    public boolean isOpen() {
        return completedAt == null && commitment.isOpen();
    }

    public boolean isOverdue(Instant now) {
        return isOpen() && dueAt != null && deadline().passedAt(now);
    }

    public long daysOverdue(Instant now) {
        return isOverdue(now) ? deadline().daysOverdue(now) : 0;
    }
}
