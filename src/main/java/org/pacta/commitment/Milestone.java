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
 * while open, past due, and its commitment still open.
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

    @Column(nullable = false, length = 300)
    public String title;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "due_zone", nullable = false, length = 64)
    public String dueZone;

    @Column(name = "due_date_only", nullable = false)
    public boolean dueDateOnly;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(length = 2000)
    public String evidence;

    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "next_followup_at")
    public Instant nextFollowupAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected Milestone() {
    }

    public Milestone(Commitment commitment, String title, Deadline deadline, Instant now) {
        this.commitment = commitment;
        this.title = title;
        setDeadline(deadline);
        this.createdAt = now;
    }

    public Deadline deadline() {
        return new Deadline(dueAt, ZoneId.of(dueZone), dueDateOnly);
    }

    void setDeadline(Deadline deadline) {
        this.dueAt = deadline.dueAt();
        this.dueZone = deadline.zone().getId();
        this.dueDateOnly = deadline.dateOnly();
    }

    public boolean isOpen() {
        return completedAt == null && commitment.isOpen();
    }

    public boolean isOverdue(Instant now) {
        return isOpen() && deadline().passedAt(now);
    }

    public long daysOverdue(Instant now) {
        return isOverdue(now) ? deadline().daysOverdue(now) : 0;
    }
}
